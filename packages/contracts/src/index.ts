export * from './accounts.ts';
export * from './common.ts';
export * from './contacts.ts';
export * from './lifecycle.ts';
export * from './people.ts';
export * from './resources.ts';
export * from './timeline.ts';
export * from './usage.ts';
