import type { Ctx } from '../../platform/context.ts';
import { DomainError, fieldError } from '../../platform/errors.ts';
import { loadAccount } from './load.ts';

/**
 * An account named in a request body (a contact's, a promise's, a task's) must be in the
 * same workspace: anything else is bad input (400), not a missing page (404).
 */
export async function loadNamedAccount(
  ctx: Pick<Ctx, 'db' | 'workspace' | 'clock'>,
  accountId: string,
  field = 'accountId',
) {
  try {
    return await loadAccount(ctx, accountId);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') {
      throw fieldError(field, 'no such account in this workspace');
    }
    throw e;
  }
}
