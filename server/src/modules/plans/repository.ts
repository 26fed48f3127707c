import type { PlanStatus } from '@trustcircle/contracts';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { type CursorValue, fetchKeysetPage } from '../../platform/db/keyset.ts';
import type {
  PlanCommentsTable,
  PlanMilestonesTable,
  PlansTable,
  PlanTasksTable,
} from '../../platform/db/schema.ts';

type PlanPatch = Partial<Omit<PlansTable, 'id' | 'workspace_id' | 'account_id' | 'created_at'>>;
export type TaskPatch = Omit<Updateable<PlanTasksTable>, 'id' | 'workspace_id' | 'plan_id' | 'created_at'>;
export type PlanTaskRecord = Selectable<PlanTasksTable>;

export async function insertPlan(db: Db, row: PlansTable) {
  await db.insertInto('plans').values(row).execute();
}

export async function updatePlanRow(db: Db, workspaceId: string, id: string, patch: PlanPatch) {
  await db
    .updateTable('plans')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

function selectPlans(db: Db, workspaceId: string) {
  return db
    .selectFrom('plans as p')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'p.account_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 'p.owner_id')
    .selectAll('p')
    .select(['a.name as account_name', 'u.name as owner_name', 'u.email as owner_email'])
    .where('p.workspace_id', '=', workspaceId);
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlanRow>>>;

export async function findPlanRow(db: Db, workspaceId: string, id: string) {
  return selectPlans(db, workspaceId).where('p.id', '=', id).executeTakeFirst();
}

export async function listPlanRows(
  db: Db,
  workspaceId: string,
  f: {
    accountId?: string | undefined;
    statuses?: PlanStatus[] | undefined;
    cursor: CursorValue | null;
    limit: number;
  },
) {
  let q = selectPlans(db, workspaceId);
  if (f.accountId) q = q.where('p.account_id', '=', f.accountId);
  if (f.statuses?.length) q = q.where('p.status', 'in', f.statuses);
  const sort = { column: 'created_at', direction: 'desc', nullable: false, type: 'timestamp' } as const;
  return fetchKeysetPage(q, sort, f.cursor, f.limit, (c) => `p.${c}`);
}

export async function planIdsOfAccount(
  db: Db,
  workspaceId: string,
  accountId: string,
  statuses: PlanStatus[],
) {
  const rows = await db
    .selectFrom('plans')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('status', 'in', statuses)
    .execute();
  return rows.map((r) => r.id);
}

/** An active plan of the account started from the template, if there is one. */
export async function activePlanFromTemplate(
  db: Db,
  workspaceId: string,
  accountId: string,
  templateId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('plans')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('template_id', '=', templateId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertMilestone(db: Db, row: Insertable<PlanMilestonesTable>) {
  await db.insertInto('plan_milestones').values(row).execute();
}

export async function milestonesOf(db: Db, workspaceId: string, planId: string) {
  return db
    .selectFrom('plan_milestones as m')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'm.rated_by_contact_id').onRef('c.workspace_id', '=', 'm.workspace_id'),
    )
    .selectAll('m')
    .select(sql<string | null>`c.first_name || coalesce(' ' || c.last_name, '')`.as('rater_name'))
    .where('m.workspace_id', '=', workspaceId)
    .where('m.plan_id', '=', planId)
    .orderBy('m.position')
    .execute();
}

export async function insertTask(db: Db, row: Insertable<PlanTasksTable>) {
  await db.insertInto('plan_tasks').values(row).execute();
}

export async function updateTaskRow(db: Db, workspaceId: string, id: string, patch: TaskPatch) {
  await db
    .updateTable('plan_tasks')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteTaskRow(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('plan_tasks').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** A plan's tasks in order, with their owners' names. */
export async function tasksOf(db: Db, workspaceId: string, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('plan_tasks as t')
    .leftJoin('users as u', 'u.id', 't.owner_user_id')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 't.owner_contact_id').onRef('c.workspace_id', '=', 't.workspace_id'),
    )
    .selectAll('t')
    .select(['u.name as user_name', 'c.first_name as contact_first_name', 'c.last_name as contact_last_name'])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.plan_id', 'in', planIds)
    .orderBy('t.position')
    .orderBy('t.id')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof tasksOf>>[number];

export async function findTaskRow(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('plan_tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function maxTaskPosition(db: Db, workspaceId: string, planId: string): Promise<number> {
  const r = await db
    .selectFrom('plan_tasks')
    .select((eb) => eb.fn.max('position').as('m'))
    .where('workspace_id', '=', workspaceId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return r?.m == null ? -1 : Number(r.m);
}

export async function dependenciesOf(db: Db, workspaceId: string, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('plan_task_dependencies')
    .select(['task_id', 'depends_on_task_id'])
    .where('workspace_id', '=', workspaceId)
    .where('task_id', 'in', taskIds)
    .execute();
}

export async function replaceDependencies(db: Db, workspaceId: string, taskId: string, dependsOn: string[]) {
  await db
    .deleteFrom('plan_task_dependencies')
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .execute();
  if (dependsOn.length === 0) return;
  await db
    .insertInto('plan_task_dependencies')
    .values(dependsOn.map((d) => ({ workspace_id: workspaceId, task_id: taskId, depends_on_task_id: d })))
    .execute();
}

export async function insertComment(db: Db, row: PlanCommentsTable) {
  await db.insertInto('plan_comments').values(row).execute();
}

/** Comments with their author's name: a team member, an API key, or a customer's contact. */
function selectComments(db: Db, workspaceId: string) {
  return db
    .selectFrom('plan_comments as m')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'm.author_id').on('m.author_type', '=', 'user'))
    .leftJoin('api_keys as k', (j) => j.onRef('k.id', '=', 'm.author_id').on('m.author_type', '=', 'apiKey'))
    .leftJoin('contacts as c', (j) =>
      j
        .onRef('c.id', '=', 'm.author_id')
        .onRef('c.workspace_id', '=', 'm.workspace_id')
        .on('m.author_type', '=', 'contact'),
    )
    .selectAll('m')
    .select((eb) =>
      eb.fn
        .coalesce(
          'u.name',
          'k.name',
          sql<string>`${eb.ref('c.first_name')} || coalesce(' ' || ${eb.ref('c.last_name')}, '')`,
        )
        .as('by_name'),
    )
    .where('m.workspace_id', '=', workspaceId)
    .orderBy('m.created_at')
    .orderBy('m.id');
}

export async function commentsOf(db: Db, workspaceId: string, taskId: string) {
  return selectComments(db, workspaceId).where('m.task_id', '=', taskId).execute();
}

/** Every comment on a plan's tasks, oldest first (the share page shows them under each task). */
export async function commentsOfPlan(db: Db, workspaceId: string, planId: string) {
  return selectComments(db, workspaceId)
    .innerJoin('plan_tasks as t', (j) =>
      j.onRef('t.id', '=', 'm.task_id').onRef('t.workspace_id', '=', 'm.workspace_id'),
    )
    .where('t.plan_id', '=', planId)
    .limit(2000)
    .execute();
}

export type MilestonePatch = Partial<
  Pick<PlanMilestonesTable, 'title' | 'position' | 'due_on' | 'completed_at'>
>;

export async function findMilestoneRow(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('plan_milestones')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateMilestoneRow(db: Db, workspaceId: string, id: string, patch: MilestonePatch) {
  await db
    .updateTable('plan_milestones')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** A milestone goes; its tasks stay in the plan without one. */
export async function deleteMilestoneRow(db: Db, workspaceId: string, id: string) {
  await db
    .updateTable('plan_tasks')
    .set({ milestone_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('milestone_id', '=', id)
    .execute();
  await db
    .deleteFrom('plan_milestones')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * A team member's open vendor tasks in active plans, with their plan and account, soonest due
 * first ("my work" and the calendar feed). Undated tasks are nobody's deadline, so they are left out.
 */
export async function openVendorTasksOf(
  db: Db,
  workspaceId: string,
  userId: string,
  f: { dueFrom?: Day | undefined; dueBefore?: Day | undefined; limit: number },
) {
  let q = db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 't.plan_id').onRef('p.workspace_id', '=', 't.workspace_id'),
    )
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'p.account_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 't.owner_user_id')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 't.owner_contact_id').onRef('c.workspace_id', '=', 't.workspace_id'),
    )
    .selectAll('t')
    .select([
      'u.name as user_name',
      'c.first_name as contact_first_name',
      'c.last_name as contact_last_name',
      'p.title as plan_title',
      'p.account_id',
      'a.name as account_name',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.owner_side', '=', 'vendor')
    .where('t.owner_user_id', '=', userId)
    .where('t.status', 'not in', ['done', 'skipped'])
    .where('t.due_on', 'is not', null)
    .where('p.status', '=', 'active');
  if (f.dueFrom) q = q.where('t.due_on', '>=', f.dueFrom);
  if (f.dueBefore) q = q.where('t.due_on', '<=', f.dueBefore);
  return q.orderBy('t.due_on').orderBy('t.id').limit(f.limit).execute();
}

/** The statuses of some tasks, to tell whether the tasks waiting on them are locked. */
export async function taskStatuses(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('plan_tasks')
    .select(['id', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

/** Dated milestones not yet completed, of the active plans a team member runs, soonest first. */
export async function openMilestonesOfOwner(
  db: Db,
  workspaceId: string,
  userId: string,
  f: { dueFrom?: Day | undefined; limit: number },
) {
  let q = db
    .selectFrom('plan_milestones as m')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 'm.plan_id').onRef('p.workspace_id', '=', 'm.workspace_id'),
    )
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'p.account_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
    )
    .select([
      'm.id',
      'm.plan_id',
      'm.title',
      'm.due_on',
      'p.title as plan_title',
      'p.account_id',
      'a.name as account_name',
    ])
    .where('m.workspace_id', '=', workspaceId)
    .where('p.owner_id', '=', userId)
    .where('p.status', '=', 'active')
    .where('m.completed_at', 'is', null)
    .where('m.due_on', 'is not', null);
  if (f.dueFrom) q = q.where('m.due_on', '>=', f.dueFrom);
  return q.orderBy('m.due_on').orderBy('m.id').limit(f.limit).execute();
}

export async function rateMilestone(
  db: Db,
  workspaceId: string,
  id: string,
  rating: Pick<PlanMilestonesTable, 'rating' | 'rating_comment' | 'rated_at' | 'rated_by_contact_id'>,
) {
  await db
    .updateTable('plan_milestones')
    .set(rating)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
