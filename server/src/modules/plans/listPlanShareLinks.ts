import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { activityOf, linksOf } from '../shareLinks/index.ts';
import { findPlan } from './load.ts';

/** The plan's share links (never their tokens), newest first. */
export async function listPlanShareLinks({ ctx, planId }: { ctx: Ctx; planId: string }) {
  authorize(ctx.actor, 'work:read');
  const plan = await findPlan(ctx, planId);
  return linksOf(ctx, { type: 'plan', id: plan.id });
}

/** Who opened the plan's links and what they did there, newest first. */
export async function listPlanShareActivity({ ctx, planId }: { ctx: Ctx; planId: string }) {
  authorize(ctx.actor, 'work:read');
  const plan = await findPlan(ctx, planId);
  return activityOf(ctx, { type: 'plan', id: plan.id });
}
