import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { flag } from '../../platform/db/json.ts';
import { notFound } from '../../platform/errors.ts';
import { findPlan, findTask } from './load.ts';

/**
 * The plan a share link opens, and nothing else: an actor that is not a link to this plan, an
 * archived plan, or a task of another plan (or an internal one) is simply not found.
 */
export async function sharedPlanOf(ctx: Ctx) {
  authorize(ctx.actor, 'share:act');
  const actor = ctx.actor;
  if (actor.type !== 'shareLink' || actor.subjectType !== 'plan') throw notFound('Plan');
  const plan = await findPlan(ctx, actor.subjectId);
  if (plan.status === 'archived') throw notFound('Plan');
  return { plan, contactId: actor.contactId };
}

export async function sharedTaskOf(ctx: Ctx, taskId: string) {
  const { plan, contactId } = await sharedPlanOf(ctx);
  const task = await findTask(ctx, taskId).catch(() => null);
  if (!task || task.plan_id !== plan.id || flag(task.internal)) throw notFound('Task');
  return { plan, task, contactId };
}

/** The plan's title, for the one-time code email sent before the visitor may see the plan. */
export async function sharedPlanTitle(ctx: Ctx) {
  return (await sharedPlanOf(ctx)).plan.title;
}
