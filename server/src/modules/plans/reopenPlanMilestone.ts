import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { findPlanMilestone, loadMilestone } from './findPlanMilestone.ts';
import { tasksOf, updateMilestoneRow } from './repository.ts';
import { recordMilestoneChange } from './settleMilestones.ts';

type Args = { ctx: Ctx; planId: string; milestoneId: string };

/** Reopens a milestone completed by hand; one with tasks reopens when one of its tasks does. */
export async function reopenPlanMilestone({ ctx, planId, milestoneId }: Args) {
  authorize(ctx.actor, 'work:write');
  return inTransaction(ctx, async (tx) => {
    const { plan, milestone } = await findPlanMilestone(tx, planId, milestoneId);
    if (!milestone.completed_at) return loadMilestone(tx, planId, milestoneId);
    const tasks = (await tasksOf(tx.db, tx.workspace.id, [planId])).filter(
      (t) => t.milestone_id === milestoneId,
    );
    if (tasks.length > 0)
      throw conflict('This milestone is complete because all its tasks are; reopen one of its tasks instead');
    await updateMilestoneRow(tx.db, tx.workspace.id, milestoneId, { completed_at: null });
    await recordMilestoneChange(tx, 'plan.milestone_reopened', { milestone, plan, extra: { byHand: true } });
    return loadMilestone(tx, planId, milestoneId);
  });
}
