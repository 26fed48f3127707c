import { recordChange } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { type MilestoneTask, milestoneChanges } from './milestones.ts';
import { findPlanRow, milestonesOf, updateMilestoneRow } from './repository.ts';

/**
 * After a change to a plan's tasks: a milestone whose last open task closed is completed (and
 * `plan.milestone_completed` raised, for the timeline, health and playbooks); one with a task
 * open again is reopened. Runs in the caller's transaction, whoever the actor is (a team
 * member, an API key, or the customer through a share link).
 */
export async function settleMilestones(ctx: Ctx, planId: string, tasks: readonly MilestoneTask[]) {
  const rows = await milestonesOf(ctx.db, ctx.workspace.id, planId);
  const { complete, reopen } = milestoneChanges(
    rows.map((m) => ({ id: m.id, completedAt: m.completed_at })),
    tasks,
  );
  if (complete.length === 0 && reopen.length === 0) return;
  const plan = await findPlanRow(ctx.db, ctx.workspace.id, planId);
  if (!plan) return;
  const now = ctx.clock.now().toISOString();
  for (const m of rows) {
    const done = complete.includes(m.id);
    if (!done && !reopen.includes(m.id)) continue;
    await updateMilestoneRow(ctx.db, ctx.workspace.id, m.id, { completed_at: done ? now : null });
    await recordMilestoneChange(ctx, done ? 'plan.milestone_completed' : 'plan.milestone_reopened', {
      milestone: m,
      plan,
    });
  }
}

export async function recordMilestoneChange(
  ctx: Ctx,
  action: string,
  c: {
    milestone: { id: string; title: string };
    plan: { id: string; account_id: string; title: string };
    extra?: Record<string, unknown>;
  },
) {
  await recordChange(ctx, {
    action,
    subject: { type: 'plan_milestone', id: c.milestone.id },
    data: {
      planId: c.plan.id,
      accountId: c.plan.account_id,
      planTitle: c.plan.title,
      title: c.milestone.title,
      ...c.extra,
    },
  });
}

/** Writes positions 0, 1, 2… in the order given, touching only the milestones that move. */
export async function writeMilestoneOrder(
  ctx: Ctx,
  current: readonly { id: string; position: number }[],
  order: readonly string[],
) {
  for (const [i, id] of order.entries()) {
    if (current.find((m) => m.id === id)?.position !== i)
      await updateMilestoneRow(ctx.db, ctx.workspace.id, id, { position: i });
  }
}
