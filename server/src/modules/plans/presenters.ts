import type { DueRule, Plan, PlanComment, PlanSummary, PlanTask } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { flag, parseJson } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import { accountability, isLocked, taskDaysOverdue } from './accountability.ts';
import type { commentsOf, milestonesOf, PlanRow, TaskRow } from './repository.ts';

export const presentPlanSummary = (r: PlanRow): PlanSummary => ({
  id: r.id,
  account: { id: r.account_id, name: r.account_name },
  kind: r.kind,
  title: r.title,
  goal: r.goal,
  startsOn: r.starts_on,
  status: r.status,
  owner: personRef(r.owner_id, r.owner_name, r.owner_email),
  templateId: r.template_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function ownerOf(t: TaskRow): PlanTask['owner'] {
  if (t.owner_side === 'vendor' && t.owner_user_id)
    return { type: 'member', id: t.owner_user_id, name: t.user_name ?? '' };
  if (t.owner_side === 'customer' && t.owner_contact_id && t.contact_first_name)
    return {
      type: 'contact',
      id: t.owner_contact_id,
      name: t.contact_last_name ? `${t.contact_first_name} ${t.contact_last_name}` : t.contact_first_name,
    };
  return null;
}

/** Locked and overdue depend on the other tasks and on the day in the workspace's time zone. */
export function presentTask(
  t: TaskRow,
  dependsOn: string[],
  statusOf: Map<string, TaskRow['status']>,
  today: Day,
) {
  const late = taskDaysOverdue({ status: t.status, dueOn: t.due_on }, today);
  const task: PlanTask = {
    id: t.id,
    planId: t.plan_id,
    milestoneId: t.milestone_id,
    title: t.title,
    detail: t.detail,
    ownerSide: t.owner_side,
    owner: ownerOf(t),
    dueOn: t.due_on,
    dueRule: parseJson<DueRule | null>(t.due_rule, null),
    status: t.status,
    internal: flag(t.internal),
    position: t.position,
    doneOn: t.done_on,
    dependsOn,
    locked: isLocked(dependsOn.map((d) => statusOf.get(d) ?? 'done')),
    overdue: late > 0,
    daysOverdue: late,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  };
  return task;
}

export const countedTask = (t: TaskRow) => ({
  ownerSide: t.owner_side,
  status: t.status,
  dueOn: t.due_on,
  doneOn: t.done_on,
  internal: flag(t.internal),
});

/** Every task of a plan as accountability counts it, knowing which ones still wait on others. */
export function countedTasks(tasks: TaskRow[], deps: { task_id: string; depends_on_task_id: string }[]) {
  const statusOf = new Map(tasks.map((t) => [t.id, t.status]));
  return tasks.map((t) => ({
    ...countedTask(t),
    locked: isLocked(
      deps.filter((d) => d.task_id === t.id).map((d) => statusOf.get(d.depends_on_task_id) ?? 'done'),
    ),
  }));
}

type MilestoneRow = Awaited<ReturnType<typeof milestonesOf>>[number];

export function presentPlan(
  r: PlanRow,
  milestones: MilestoneRow[],
  tasks: TaskRow[],
  deps: { task_id: string; depends_on_task_id: string }[],
  today: Day,
): Plan {
  const statusOf = new Map(tasks.map((t) => [t.id, t.status]));
  const depsOf = (id: string) => deps.filter((d) => d.task_id === id).map((d) => d.depends_on_task_id);
  return {
    ...presentPlanSummary(r),
    health: accountability(countedTasks(tasks, deps), today).health,
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      position: m.position,
      dueOn: m.due_on,
      completedAt: m.completed_at,
      rating:
        m.rating && m.rated_at
          ? {
              score: m.rating,
              comment: m.rating_comment,
              by:
                m.rated_by_contact_id && m.rater_name
                  ? { id: m.rated_by_contact_id, name: m.rater_name }
                  : null,
              at: m.rated_at,
            }
          : null,
    })),
    tasks: tasks.map((t) => presentTask(t, depsOf(t.id), statusOf, today)),
  };
}

type CommentRow = Awaited<ReturnType<typeof commentsOf>>[number];

export const presentComment = (c: CommentRow): PlanComment => ({
  id: c.id,
  taskId: c.task_id,
  body: c.body,
  by: {
    type: c.author_type,
    id: c.author_id,
    // An anonymous visitor on a share link is the customer, even when we cannot say who.
    name: c.by_name ?? (c.author_type === 'shareLink' ? 'Customer (shared link)' : null),
  },
  createdAt: c.created_at,
});
