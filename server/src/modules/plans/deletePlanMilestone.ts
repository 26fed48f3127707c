import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { findPlanMilestone } from './findPlanMilestone.ts';
import { deleteMilestoneRow, milestonesOf } from './repository.ts';
import { recordMilestoneChange, writeMilestoneOrder } from './settleMilestones.ts';

type Args = { ctx: Ctx; planId: string; milestoneId: string };

/** Removes a milestone; its tasks stay in the plan, under no milestone, as they were. */
export async function deletePlanMilestone({ ctx, planId, milestoneId }: Args) {
  authorize(ctx.actor, 'work:write');
  await inTransaction(ctx, async (tx) => {
    const { plan, milestone } = await findPlanMilestone(tx, planId, milestoneId);
    await deleteMilestoneRow(tx.db, tx.workspace.id, milestoneId);
    const rest = await milestonesOf(tx.db, tx.workspace.id, planId);
    await writeMilestoneOrder(
      tx,
      rest,
      rest.map((m) => m.id),
    );
    await recordMilestoneChange(tx, 'plan.milestone_deleted', { milestone, plan });
  });
}
