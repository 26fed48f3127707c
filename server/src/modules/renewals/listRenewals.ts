import type { RenewalList } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadAccount } from '../accounts/index.ts';
import { presentRenewal } from './presenters.ts';
import { renewalsOf } from './repository.ts';

/** An account's renewals, the latest first: when each was signed, early or late, ARR before and after. */
export async function listRenewals({
  ctx,
  accountId,
}: {
  ctx: Ctx;
  accountId: string;
}): Promise<RenewalList> {
  authorize(ctx.actor, 'accounts:read');
  await loadAccount(ctx, accountId);
  return { data: (await renewalsOf(ctx.db, ctx.workspace.id, accountId)).map(presentRenewal) };
}
