import type { SystemEntry } from './describe.ts';
import { readableDay } from './readableDay.ts';

/** How mutual action plans read on the account's timeline; undefined for other events. */
export const PLAN_TIMELINE_EVENTS = [
  'plan.created',
  'plan.milestone_completed',
  'plan.stalled',
  'plan_task.completed',
  'plan_task.overdue',
];

const KIND: Record<string, string> = {
  onboarding: 'An onboarding',
  expansion: 'An expansion',
  renewal: 'A renewal',
  recovery: 'A recovery',
  custom: 'A',
};

export function describePlanEvent(
  type: string,
  data: Record<string, unknown>,
): SystemEntry | null | undefined {
  if (!PLAN_TIMELINE_EVENTS.includes(type)) return undefined;
  const accountId = typeof data.accountId === 'string' ? data.accountId : null;
  if (!accountId) return null;
  const title = `“${String(data.title ?? '')}”`;
  const entry = (t: string, body: string) => ({ accountId, title: t, body, contactId: null });
  switch (type) {
    case 'plan.created': {
      const tasks = Number(data.tasks ?? 0);
      const kind = KIND[String(data.kind)] ?? 'A';
      return entry('Plan started', `${kind} plan, ${title}, with ${tasks} task${tasks === 1 ? '' : 's'}.`);
    }
    case 'plan.milestone_completed':
      return entry('Milestone completed', `${title} of “${String(data.planTitle ?? '')}” is complete.`);
    case 'plan.stalled':
      return entry('Plan stalled', `${title} has a task a week or more overdue.`);
    case 'plan_task.completed':
      return entry('Plan task done', `${title} is done.`);
    default:
      return entry(
        'Customer task overdue',
        `${title} was due ${readableDay(data.dueOn)} and is not done yet.`,
      );
  }
}
