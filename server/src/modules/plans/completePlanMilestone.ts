import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { findPlanMilestone, loadMilestone } from './findPlanMilestone.ts';
import { tasksOf, updateMilestoneRow } from './repository.ts';
import { recordMilestoneChange } from './settleMilestones.ts';

type Args = { ctx: Ctx; planId: string; milestoneId: string };

/**
 * Completes a milestone by hand. Only one without tasks needs this (a workshop held, a
 * contract signed); one with tasks completes by itself when the last of them is done or skipped.
 */
export async function completePlanMilestone({ ctx, planId, milestoneId }: Args) {
  authorize(ctx.actor, 'work:write');
  return inTransaction(ctx, async (tx) => {
    const { plan, milestone } = await findPlanMilestone(tx, planId, milestoneId);
    if (milestone.completed_at) return loadMilestone(tx, planId, milestoneId);
    const tasks = (await tasksOf(tx.db, tx.workspace.id, [planId])).filter(
      (t) => t.milestone_id === milestoneId,
    );
    if (tasks.length > 0)
      throw conflict(
        'This milestone completes by itself when all its tasks are done or skipped; finish or skip them instead',
      );
    await updateMilestoneRow(tx.db, tx.workspace.id, milestoneId, {
      completed_at: tx.clock.now().toISOString(),
    });
    await recordMilestoneChange(tx, 'plan.milestone_completed', { milestone, plan, extra: { byHand: true } });
    return loadMilestone(tx, planId, milestoneId);
  });
}
