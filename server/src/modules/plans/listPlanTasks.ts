import { PlanTaskListQuery, type PlanTasks } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadPlan } from './load.ts';

/** A plan's tasks in plan order, optionally one side's or in some statuses. */
export async function listPlanTasks({
  ctx,
  planId,
  input,
}: {
  ctx: Ctx;
  planId: string;
  input: unknown;
}): Promise<PlanTasks> {
  authorize(ctx.actor, 'work:read');
  const q = parseInput(PlanTaskListQuery, input);
  const plan = await loadPlan(ctx, planId);
  return {
    data: plan.tasks.filter(
      (t) => (!q.ownerSide || t.ownerSide === q.ownerSide) && (!q.status || q.status.includes(t.status)),
    ),
  };
}
