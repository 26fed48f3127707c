// The check-ins module's SQL: check-ins (with the accounts' cadence), and needs.
export * from './checkins.ts';
export * from './needs.ts';
