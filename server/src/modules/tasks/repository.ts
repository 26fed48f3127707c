import type { Db } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../platform/db/keyset.ts';
import type { TasksTable } from '../../platform/db/schema.ts';

export async function insertTask(db: Db, row: TasksTable) {
  await db.insertInto('tasks').values(row).execute();
}

/** Changes a task only while its status is still the one the caller saw (a double "done" fails). */
export async function updateTaskIfStatus(
  db: Db,
  workspaceId: string,
  id: string,
  status: TasksTable['status'],
  patch: Partial<Omit<TasksTable, 'id' | 'workspace_id' | 'created_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('tasks')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteTaskRow(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('tasks').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

function selectTasks(db: Db, workspaceId: string) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 't.account_id').onRef('a.workspace_id', '=', 't.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 't.owner_id')
    .selectAll('t')
    .select(['a.name as account_name', 'u.name as owner_name', 'u.email as owner_email'])
    .where('t.workspace_id', '=', workspaceId);
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTaskRow>>>;

export async function findTaskRow(db: Db, workspaceId: string, id: string) {
  return selectTasks(db, workspaceId).where('t.id', '=', id).executeTakeFirst();
}

export type TaskFilters = {
  accountId?: string | undefined;
  ownerId?: string | undefined;
  statuses?: Array<TasksTable['status']> | undefined;
  source?: TasksTable['source'] | undefined;
  /** Open and due before this day (today, for "overdue"). */
  overdueBefore?: Day | undefined;
  dueBefore?: Day | undefined;
  dueFrom?: Day | undefined;
  /** Hide tasks snoozed until after this day. */
  awakeOn?: Day | undefined;
};

function filtered(db: Db, workspaceId: string, f: TaskFilters) {
  let q = selectTasks(db, workspaceId);
  if (f.accountId) q = q.where('t.account_id', '=', f.accountId);
  if (f.ownerId) q = q.where('t.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('t.status', 'in', f.statuses);
  if (f.source) q = q.where('t.source', '=', f.source);
  if (f.overdueBefore) q = q.where('t.status', '=', 'open').where('t.due_on', '<', f.overdueBefore);
  if (f.dueBefore) q = q.where('t.due_on', '<=', f.dueBefore);
  if (f.dueFrom) q = q.where('t.due_on', '>=', f.dueFrom);
  if (f.awakeOn) {
    const day = f.awakeOn;
    q = q.where((w) => w.or([w('t.snoozed_until', 'is', null), w('t.snoozed_until', '<=', day)]));
  }
  return q;
}

/** Soonest due first; tasks without a due day come last. */
export const TASK_SORT: SortSpec = { column: 'due_on', direction: 'asc', nullable: true, type: 'day' };

export async function listTaskRows(
  db: Db,
  workspaceId: string,
  opts: TaskFilters & { cursor: CursorValue | null; limit: number },
) {
  return fetchKeysetPage(
    filtered(db, workspaceId, opts),
    TASK_SORT,
    opts.cursor,
    opts.limit,
    (c) => `t.${c}`,
  );
}

export async function countTasks(db: Db, workspaceId: string, f: TaskFilters): Promise<number> {
  const r = await filtered(db, workspaceId, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
