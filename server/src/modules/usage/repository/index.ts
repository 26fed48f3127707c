// The usage module's SQL, one file per kind of record.
export * from './events.ts';
export * from './features.ts';
export * from './pending.ts';
export * from './people.ts';
export * from './rollups.ts';
export * from './warnings.ts';
