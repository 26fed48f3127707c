import type { PlanAccountability } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { accountability } from './accountability.ts';
import { findPlan, planTasks } from './load.ts';
import { countedTasks } from './presenters.ts';

/** Each side's on-time rate and days overdue on one plan, and how the plan is going. */
export async function getPlanAccountability({
  ctx,
  planId,
}: {
  ctx: Ctx;
  planId: string;
}): Promise<PlanAccountability> {
  authorize(ctx.actor, 'work:read');
  const plan = await findPlan(ctx, planId);
  const { tasks, deps } = await planTasks(ctx, [plan.id]);
  const today = await workspaceToday(ctx);
  return { planId: plan.id, today, ...accountability(countedTasks(tasks, deps), today) };
}
