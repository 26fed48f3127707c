import type { PlanHealth, PlanTaskStatus, SideAccountability } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { flag } from '../../platform/db/json.ts';
import { accountability, isLocked, taskDaysOverdue } from './accountability.ts';
import { countedTasks } from './presenters.ts';
import type { commentsOfPlan, milestonesOf, PlanRow, TaskRow } from './repository.ts';

export type SharedComment = { by: string; fromCustomer: boolean; body: string; at: string };

export type SharedTask = {
  id: string;
  title: string;
  detail: string | null;
  side: 'vendor' | 'customer';
  ownerName: string | null;
  dueOn: Day | null;
  status: PlanTaskStatus;
  doneOn: Day | null;
  locked: boolean;
  waitingOn: string[];
  daysOverdue: number;
  comments: SharedComment[];
};

export type SharedMilestone = {
  id: string;
  title: string;
  dueOn: Day | null;
  completedAt: string | null;
  rating: number | null;
  /** Who on the customer's side rated it, when known. */
  ratedBy: string | null;
  ratingComment: string | null;
  tasks: SharedTask[];
};

/** The plan as the customer sees it: never a raw row, never an internal task. */
export type SharedPlan = {
  id: string;
  title: string;
  goal: string | null;
  kind: string;
  accountName: string;
  ownerName: string | null;
  startsOn: Day;
  today: Day;
  health: PlanHealth;
  progress: { done: number; total: number };
  vendor: SideAccountability;
  customer: SideAccountability;
  milestones: SharedMilestone[];
  /** Tasks outside any milestone. */
  loose: SharedTask[];
};

type MilestoneRow = Awaited<ReturnType<typeof milestonesOf>>[number];
type CommentRow = Awaited<ReturnType<typeof commentsOfPlan>>[number];

const ownerName = (t: TaskRow) =>
  t.owner_side === 'vendor'
    ? (t.user_name ?? null)
    : t.contact_first_name
      ? [t.contact_first_name, t.contact_last_name].filter(Boolean).join(' ')
      : null;

export function presentSharedPlan(
  plan: PlanRow,
  milestones: MilestoneRow[],
  allTasks: TaskRow[],
  deps: { task_id: string; depends_on_task_id: string }[],
  comments: CommentRow[],
  today: Day,
): SharedPlan {
  const tasks = allTasks.filter((t) => !flag(t.internal));
  const byId = new Map(allTasks.map((t) => [t.id, t]));
  const shared = (t: TaskRow): SharedTask => {
    const on = deps.filter((d) => d.task_id === t.id).map((d) => byId.get(d.depends_on_task_id));
    const open = on.filter((d) => d && d.status !== 'done' && d.status !== 'skipped');
    return {
      id: t.id,
      title: t.title,
      detail: t.detail,
      side: t.owner_side,
      ownerName: ownerName(t),
      dueOn: t.due_on,
      status: t.status,
      doneOn: t.done_on,
      locked: isLocked(on.map((d) => d?.status ?? 'done')),
      // An internal task it waits on is named only as "a step on our side".
      waitingOn: open.map((d) => (d && !flag(d.internal) ? d.title : 'a step on our side')),
      daysOverdue: taskDaysOverdue({ status: t.status, dueOn: t.due_on }, today),
      comments: comments
        .filter((c) => c.task_id === t.id)
        .map((c) => ({
          by: c.by_name ?? (c.author_type === 'shareLink' ? 'Customer' : 'Team'),
          fromCustomer: c.author_type === 'contact' || c.author_type === 'shareLink',
          body: c.body,
          at: c.created_at,
        })),
    };
  };
  const a = accountability(countedTasks(allTasks, deps), today);
  return {
    id: plan.id,
    title: plan.title,
    goal: plan.goal,
    kind: plan.kind,
    accountName: plan.account_name,
    ownerName: plan.owner_name ?? null,
    startsOn: plan.starts_on,
    today,
    health: a.health,
    progress: {
      done: tasks.filter((t) => t.status === 'done' || t.status === 'skipped').length,
      total: tasks.length,
    },
    vendor: a.vendor,
    customer: a.customer,
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.due_on,
      completedAt: m.completed_at,
      rating: m.rating,
      ratedBy: m.rater_name ?? null,
      ratingComment: m.rating_comment,
      tasks: tasks.filter((t) => t.milestone_id === m.id).map(shared),
    })),
    loose: tasks
      .filter((t) => !t.milestone_id || !milestones.some((m) => m.id === t.milestone_id))
      .map(shared),
  };
}
