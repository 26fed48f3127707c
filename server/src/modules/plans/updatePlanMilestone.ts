import { PlanMilestoneUpdate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { findPlanMilestone, loadMilestone } from './findPlanMilestone.ts';
import { placeAt } from './milestones.ts';
import { type MilestonePatch, milestonesOf, updateMilestoneRow } from './repository.ts';
import { recordMilestoneChange, writeMilestoneOrder } from './settleMilestones.ts';

type Args = { ctx: Ctx; planId: string; milestoneId: string; input: unknown };

/** Renames, re-dates or moves a milestone; moving it closes up the others around it. */
export async function updatePlanMilestone({ ctx, planId, milestoneId, input }: Args) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanMilestoneUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const { plan, milestone } = await findPlanMilestone(tx, planId, milestoneId);
    const patch: MilestonePatch = {};
    if (data.title !== undefined && data.title !== milestone.title) patch.title = data.title;
    if (data.dueOn !== undefined && data.dueOn !== milestone.due_on) patch.due_on = data.dueOn;
    const changed: string[] = Object.keys(patch).map((k) => (k === 'due_on' ? 'dueOn' : k));
    if (Object.keys(patch).length > 0) await updateMilestoneRow(tx.db, tx.workspace.id, milestoneId, patch);
    if (data.position !== undefined) {
      const current = await milestonesOf(tx.db, tx.workspace.id, planId);
      const order = placeAt(
        current.map((m) => m.id),
        milestoneId,
        data.position,
      );
      if (order.indexOf(milestoneId) !== current.findIndex((m) => m.id === milestoneId))
        changed.push('position');
      await writeMilestoneOrder(tx, current, order);
    }
    if (changed.length > 0)
      await recordMilestoneChange(tx, 'plan.milestone_updated', {
        milestone: { id: milestoneId, title: patch.title ?? milestone.title },
        plan,
        extra: { changed },
      });
    return loadMilestone(tx, planId, milestoneId);
  });
}
