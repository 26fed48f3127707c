import type { Ctx } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { findCadenceAccount } from './repository/index.ts';

/** The account a route names in its path: another workspace's is simply not found. */
export async function loadCadenceAccount(ctx: Pick<Ctx, 'db' | 'workspace'>, accountId: string) {
  const account = await findCadenceAccount(ctx.db, ctx.workspace.id, accountId);
  if (!account) throw notFound('Account');
  return account;
}

/** The account a body names must be in the same workspace: anything else is bad input. */
export async function assertCadenceAccount(ctx: Pick<Ctx, 'db' | 'workspace'>, accountId: string) {
  const account = await findCadenceAccount(ctx.db, ctx.workspace.id, accountId);
  if (!account) {
    throw invalid('accountId: no such account in this workspace', {
      issues: [{ path: 'accountId', message: 'no such account in this workspace' }],
    });
  }
  return account;
}
