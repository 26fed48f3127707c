import type { PlanTaskDraft } from '@trustcircle/contracts';
import type { z } from 'zod';
import { fixedClock } from '../../platform/clock.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { addPlanComment, commentOnSharedTask, createPlan, updatePlanTask } from '../plans/index.ts';
import { mintShareLink, openShareLink } from '../shareLinks/index.ts';
import type { Cast } from './apply.ts';
import type { PlannedActionPlan, TaskOwner } from './maps.ts';
import { dayAt } from './util.ts';

type Step =
  | { on: string; order: number; task: number; status: 'in_progress' | 'blocked' | 'done' }
  | { on: string; order: number; task: number; side: 'vendor' | 'customer'; body: string };

/**
 * Writes a planned mutual action plan through the plans module's verbs: the plan with its
 * milestones and tasks (dated relative to its start, as a template would), then each status
 * change and comment on its own day, oldest first, so "done on time" and "done late" are what
 * the rules make of the day it happened. Runs inside the caller's transaction.
 */
export async function applyActionPlan(
  tx: Ctx,
  p: PlannedActionPlan,
  account: { id: string; contactIds: string[] },
  csm: Actor,
  cast: Cast,
): Promise<boolean> {
  if (csm.type !== 'user') return false;
  const memberOf = (o: TaskOwner) => (o.kind === 'member' ? cast.owners[o.index] : undefined);
  const at = (when: Date, actor: Actor = csm): Ctx => ({
    ...tx,
    actor,
    // Never before the plan itself, whatever hour it was made at.
    clock: fixedClock(new Date(Math.max(when.getTime(), p.createdAt.getTime() + 60_000)).toISOString()),
  });
  const drafts = p.tasks.map((t, i): z.input<typeof PlanTaskDraft> => {
    const member = memberOf(t.owner);
    return {
      ref: `t${i}`,
      title: t.title,
      detail: t.detail,
      ownerSide: t.side,
      ...(t.owner.kind === 'contact' ? { ownerContactId: account.contactIds[t.owner.index] ?? null } : {}),
      ...(t.side === 'vendor' ? { ownerUserId: member?.id ?? csm.userId } : {}),
      milestone: t.milestone,
      dueRule: { from: 'plan_start', days: t.days },
      dependsOn: t.dependsOn.map((d) => `t${d}`),
      internal: t.internal,
    };
  });
  const plan = await createPlan({
    ctx: at(p.createdAt),
    input: {
      accountId: account.id,
      kind: p.kind,
      title: p.title,
      goal: p.goal,
      startsOn: p.startsOn,
      milestones: p.milestones,
      tasks: drafts,
    },
    // An onboarding plan is the one the onboarding template starts by itself: linked to it, so
    // the template never starts a second one for the same account.
    templateId: p.kind === 'onboarding' ? cast.onboardingTemplateId : null,
  });
  const taskIds = [...plan.tasks].sort((x, y) => x.position - y.position).map((t) => t.id);
  const customer = customerVoice(tx, { id: plan.id, accountId: account.id }, csm);
  for (const s of stepsOf(p)) {
    const taskId = taskIds[s.task];
    if (!taskId) continue;
    if ('status' in s) {
      // Whoever owns a task on our side moves it; the CSM records the customer's progress.
      const member = memberOf(p.tasks[s.task]?.owner ?? { kind: 'csm' });
      const actor: Actor = member
        ? { type: 'user', userId: member.id, role: 'csm', name: member.name, sessionId: null }
        : csm;
      await updatePlanTask({
        ctx: at(dayAt(s.on, 10), actor),
        planId: plan.id,
        taskId,
        input: { status: s.status },
      });
    } else if (s.side === 'vendor') {
      await addPlanComment({ ctx: at(dayAt(s.on, 11)), planId: plan.id, taskId, input: { body: s.body } });
    } else {
      const t = p.tasks[s.task];
      const contactId = t?.owner.kind === 'contact' ? account.contactIds[t.owner.index] : undefined;
      if (contactId) await customer(contactId, taskId, s.body, at(dayAt(s.on, 11)).clock);
    }
  }
  return true;
}

/**
 * The customer's own words come the way they would: through the plan's share page, opened
 * from the personal link in a reminder email, so the comment's author is the contact.
 */
function customerVoice(tx: Ctx, plan: { id: string; accountId: string }, csm: Actor) {
  const tokens = new Map<string, string>();
  return async (contactId: string, taskId: string, body: string, clock: Ctx['clock']) => {
    const ctx: Ctx = { ...tx, actor: csm, clock };
    let token = tokens.get(contactId);
    if (!token) {
      const link = await mintShareLink(ctx, { type: 'plan', ...plan }, {}, contactId);
      token = new URL(link.url).pathname.split('/').pop() ?? '';
      tokens.set(contactId, token);
    }
    const opened = await openShareLink(ctx, token, null);
    if (opened) await commentOnSharedTask(opened.ctx, opened.link, taskId, { body });
  };
}

/** Status changes and comments in the order they happened: by day, then as planned. */
function stepsOf(p: PlannedActionPlan): Step[] {
  const steps: Step[] = [];
  for (const [task, t] of p.tasks.entries())
    for (const m of t.moves) steps.push({ on: m.on, order: steps.length, task, status: m.status });
  for (const c of p.comments)
    steps.push({ on: c.on, order: steps.length, task: c.task, side: c.side, body: c.body });
  return steps.sort((x, y) => x.on.localeCompare(y.on) || x.order - y.order);
}
