import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadPlan } from './load.ts';

/** A plan with its milestones and tasks (locked and overdue worked out for today). */
export async function getPlan({ ctx, planId }: { ctx: Ctx; planId: string }) {
  authorize(ctx.actor, 'work:read');
  return loadPlan(ctx, planId);
}
