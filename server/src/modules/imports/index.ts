export type { Progress } from './batches.ts';
export { importRoutes } from './http.ts';
export { importAccounts } from './importAccounts.ts';
export { importContacts } from './importContacts.ts';
export type { ImportReport } from './schemas.ts';
