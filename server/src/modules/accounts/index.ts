export { createAccount } from './createAccount.ts';
export { deleteAccount } from './deleteAccount.ts';
export { getAccount } from './getAccount.ts';
export { accountRoutes } from './http.ts';
export { listAccounts } from './listAccounts.ts';
export { loadAccount } from './load.ts';
export { loadNamedAccount } from './namedAccount.ts';
export { type ChangeOrigin, fromCents, toCents } from './presenters.ts';
export {
  accountIdsWithUsage,
  findAccountIdByDomain,
  findAccountIdByExternalId,
  findAccountIdsByExternalIds,
  setUsageFigures,
  type UsageFigures,
} from './repository.ts';
export { updateAccount } from './updateAccount.ts';
