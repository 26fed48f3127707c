export * from './invitations.ts';
export * from './people.ts';
export * from './resets.ts';
export * from './sessions.ts';
export * from './throttle.ts';
