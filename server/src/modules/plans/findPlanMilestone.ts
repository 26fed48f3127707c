import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findPlan, loadPlan } from './load.ts';
import { findMilestoneRow } from './repository.ts';

/** A milestone through its plan: both in this workspace, and the milestone one of the plan's. */
export async function findPlanMilestone(ctx: Ctx, planId: string, milestoneId: string) {
  const plan = await findPlan(ctx, planId);
  const milestone = await findMilestoneRow(ctx.db, ctx.workspace.id, milestoneId);
  if (!milestone || milestone.plan_id !== plan.id) throw notFound('Milestone');
  return { plan, milestone };
}

/** One milestone as the API shows it, within its plan. */
export async function loadMilestone(ctx: Ctx, planId: string, milestoneId: string) {
  const milestone = (await loadPlan(ctx, planId)).milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw notFound('Milestone');
  return milestone;
}
