import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findPlan, findTask } from './load.ts';

/** A task through its plan: both in this workspace, and the task one of the plan's. */
export async function findPlanTask(ctx: Ctx, planId: string, taskId: string) {
  const plan = await findPlan(ctx, planId);
  const task = await findTask(ctx, taskId);
  if (task.plan_id !== plan.id) throw notFound('Task');
  return { plan, task };
}
