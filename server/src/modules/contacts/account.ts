import type { Ctx } from '../../platform/context.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { loadAccount } from '../accounts/index.ts';

/** A contact's account named in a body must be in the same workspace: anything else is bad input. */
export async function assertAccount(ctx: Ctx, accountId: string) {
  try {
    return await loadAccount(ctx.db, ctx.workspace.id, accountId);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') {
      throw invalid('accountId: no such account in this workspace', {
        issues: [{ path: 'accountId', message: 'no such account in this workspace' }],
      });
    }
    throw e;
  }
}
