import {
  type DueRule,
  PLAN_KINDS,
  PLAN_STATUSES,
  PLAN_TASK_STATUSES,
  type Plan,
  type PlanHealth,
  type PlanKind,
  type PlanStatus,
  type PlanTask,
  type PlanTaskStatus,
} from '@trustcircle/contracts';

export const PLAN_KIND_LABEL: Record<PlanKind, string> = {
  onboarding: 'Onboarding',
  expansion: 'Expansion',
  renewal: 'Renewal',
  recovery: 'Recovery',
  custom: 'Custom',
};
export const PLAN_KIND_OPTIONS = PLAN_KINDS.map((value) => ({ value, label: PLAN_KIND_LABEL[value] }));

export const PLAN_STATUS_META = {
  active: { label: 'Active', color: 'blue' },
  completed: { label: 'Completed', color: 'teal' },
  archived: { label: 'Archived', color: 'gray' },
} as const satisfies Record<PlanStatus, { label: string; color: string }>;
export const PLAN_STATUS_OPTIONS = PLAN_STATUSES.map((value) => ({
  value,
  label: PLAN_STATUS_META[value].label,
}));

export const HEALTH_META = {
  on_track: { label: 'On track', color: 'teal' },
  at_risk: { label: 'At risk', color: 'orange' },
  stalled: { label: 'Stalled', color: 'red' },
} as const satisfies Record<PlanHealth, { label: string; color: string }>;

export const TASK_STATUS_META = {
  not_started: { label: 'Not started', color: 'gray' },
  in_progress: { label: 'In progress', color: 'blue' },
  blocked: { label: 'Blocked', color: 'orange' },
  done: { label: 'Done', color: 'teal' },
  skipped: { label: 'Skipped', color: 'gray' },
} as const satisfies Record<PlanTaskStatus, { label: string; color: string }>;

/** Starting or finishing waits for the tasks a task depends on (the server answers 409). */
const NEEDS_UNLOCKED: readonly PlanTaskStatus[] = ['in_progress', 'done'];

export const taskStatusOptions = (locked: boolean) =>
  PLAN_TASK_STATUSES.map((value) => ({
    value,
    label: TASK_STATUS_META[value].label,
    disabled: locked && NEEDS_UNLOCKED.includes(value),
  }));

/** Our side and theirs, as the team says it. */
export const SIDE_LABEL = { vendor: 'Us', customer: 'Customer' } as const;

export const isClosedTask = (t: Pick<PlanTask, 'status'>) => t.status === 'done' || t.status === 'skipped';

/** "72%" for a rate, "—" when nothing came due. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "5 days after start", "3 days after “Kickoff call”", "on the start day". */
export function dueRuleText(rule: DueRule, tasks: readonly Pick<PlanTask, 'id' | 'title'>[]): string {
  const from =
    rule.from === 'plan_start' ? 'start' : `“${tasks.find((t) => t.id === rule.taskId)?.title ?? 'a task'}”`;
  if (rule.days === 0) return rule.from === 'plan_start' ? 'on the start day' : `same day as ${from}`;
  return `${plural(Math.abs(rule.days), 'day')} ${rule.days > 0 ? 'after' : 'before'} ${from}`;
}

/** The open tasks a locked task waits for, by title. */
export function waitingOn(task: PlanTask, tasks: readonly PlanTask[]): string[] {
  return task.dependsOn
    .map((id) => tasks.find((t) => t.id === id))
    .filter((t): t is PlanTask => !!t && !isClosedTask(t))
    .map((t) => t.title);
}

/** Done (or skipped) out of all tasks: skipped ones are settled too. */
export function progress(plan: Pick<Plan, 'tasks'>) {
  const total = plan.tasks.length;
  const closed = plan.tasks.filter(isClosedTask).length;
  return { closed, total, percent: total === 0 ? 0 : Math.round((closed / total) * 100) };
}

/** Why a plan has its status, in a sentence: the most overdue open task decides. */
export function explainHealth(plan: Pick<Plan, 'health' | 'tasks'>): string {
  // The same tasks the server counts: shared with the customer, and not waiting on another.
  const counted = plan.tasks.filter((t) => t.overdue && !t.internal && !t.locked);
  const worst = counted.sort((a, b) => b.daysOverdue - a.daysOverdue)[0];
  const label = HEALTH_META[plan.health].label;
  const internal = plan.tasks.filter((t) => t.overdue && t.internal).length;
  const note = internal
    ? ` (${plural(internal, 'internal task')} overdue too: internal tasks do not count, the customer cannot see them.)`
    : '';
  if (!worst) return `${label}: nothing shared with the customer is overdue.${note}`;
  const side = worst.ownerSide === 'customer' ? 'a customer task' : 'one of our tasks';
  return `${label}: ${side}, “${worst.title}”, is ${plural(worst.daysOverdue, 'day')} overdue.${note}`;
}
