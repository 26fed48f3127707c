import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { mintShareLink } from '../shareLinks/index.ts';
import { findPlan } from './load.ts';

/** A link that shows the plan to the customer without a login; the answer's `url` is shown once. */
export async function createPlanShareLink({
  ctx,
  planId,
  input,
}: {
  ctx: Ctx;
  planId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  return inTransaction(ctx, async (tx) => {
    const plan = await findPlan(tx, planId);
    return mintShareLink(tx, { type: 'plan', id: plan.id, accountId: plan.account_id }, input);
  });
}
