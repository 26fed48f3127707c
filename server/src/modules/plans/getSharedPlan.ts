import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { type OpenLink, recordShareActivity } from '../shareLinks/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { planTasks } from './load.ts';
import { commentsOfPlan, milestonesOf } from './repository.ts';
import { sharedPlanOf } from './sharedScope.ts';
import { presentSharedPlan } from './sharePresenters.ts';

/** The plan behind a share link, as its customer sees it; the view is logged for the team. */
export async function getSharedPlan(ctx: Ctx, link: OpenLink) {
  const { plan } = await sharedPlanOf(ctx);
  const [milestones, { tasks, deps }, comments, today] = await Promise.all([
    milestonesOf(ctx.db, ctx.workspace.id, plan.id),
    planTasks(ctx, [plan.id]),
    commentsOfPlan(ctx.db, ctx.workspace.id, plan.id),
    workspaceToday(ctx),
  ]);
  await inTransaction(ctx, (tx) => recordShareActivity(tx, link, 'viewed'));
  return presentSharedPlan(plan, milestones, tasks, deps, comments, today);
}
