export * from './columns.ts';
export * from './customers.ts';
export * from './people.ts';
export * from './platform.ts';
export * from './sharing.ts';
export * from './templates.ts';
export * from './usage.ts';
export * from './work.ts';
