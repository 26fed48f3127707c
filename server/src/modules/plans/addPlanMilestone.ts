import { PlanMilestoneCreate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadMilestone } from './findPlanMilestone.ts';
import { findPlan } from './load.ts';
import { placeAt } from './milestones.ts';
import { insertMilestone, milestonesOf } from './repository.ts';
import { recordMilestoneChange, writeMilestoneOrder } from './settleMilestones.ts';

type Args = { ctx: Ctx; planId: string; input: unknown };

/** Adds a milestone to a plan, last unless a position is given; it starts open, with no tasks. */
export async function addPlanMilestone({ ctx, planId, input }: Args) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanMilestoneCreate, input);
  return inTransaction(ctx, async (tx) => {
    const plan = await findPlan(tx, planId);
    const current = await milestonesOf(tx.db, tx.workspace.id, planId);
    const id = newId();
    const order = placeAt(
      current.map((m) => m.id),
      id,
      data.position,
    );
    await insertMilestone(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      plan_id: planId,
      title: data.title,
      position: order.indexOf(id),
      due_on: data.dueOn ?? null,
      completed_at: null,
    });
    await writeMilestoneOrder(tx, [...current, { id, position: order.indexOf(id) }], order);
    await recordMilestoneChange(tx, 'plan.milestone_added', { milestone: { id, title: data.title }, plan });
    return loadMilestone(tx, planId, id);
  });
}
