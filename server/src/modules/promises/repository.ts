import type { PromiseStatus } from '@trustcircle/contracts';
import type { Db } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../platform/db/keyset.ts';
import type { PromiseEventsTable, PromisesTable } from '../../platform/db/schema.ts';

export async function insertPromise(db: Db, row: PromisesTable) {
  await db.insertInto('promises').values(row).execute();
}

export async function updatePromiseRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<Omit<PromisesTable, 'id' | 'workspace_id' | 'account_id' | 'created_at'>>,
) {
  await db
    .updateTable('promises')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * Changes a promise only while it still has one of the statuses the caller saw: two people
 * closing the same promise at once cannot both succeed. False when it had moved on.
 */
export async function updatePromiseIfStatus(
  db: Db,
  workspaceId: string,
  id: string,
  statuses: PromiseStatus[],
  patch: Partial<Omit<PromisesTable, 'id' | 'workspace_id' | 'account_id' | 'created_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('promises')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deletePromiseIfStatus(
  db: Db,
  workspaceId: string,
  id: string,
  statuses: PromiseStatus[],
) {
  const r = await db
    .deleteFrom('promises')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Marks an active promise as told overdue, once: false when it was resolved or told meanwhile. */
export async function markOverdueNotified(db: Db, workspaceId: string, id: string, day: Day) {
  const r = await db
    .updateTable('promises')
    .set({ overdue_notified_on: day })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', 'in', ['open', 'renegotiated'])
    .where('overdue_notified_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function insertPromiseEvent(db: Db, row: PromiseEventsTable) {
  await db.insertInto('promise_events').values(row).execute();
}

function selectPromises(db: Db, workspaceId: string) {
  return db
    .selectFrom('promises as p')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'p.account_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 'p.owner_id')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'p.contact_id').onRef('c.workspace_id', '=', 'p.workspace_id'),
    )
    .selectAll('p')
    .select([
      'a.name as account_name',
      'u.name as owner_name',
      'u.email as owner_email',
      'c.first_name as contact_first_name',
      'c.last_name as contact_last_name',
    ])
    .where('p.workspace_id', '=', workspaceId);
}

export type PromiseRow = NonNullable<Awaited<ReturnType<typeof findPromiseRow>>>;

export async function findPromiseRow(db: Db, workspaceId: string, id: string) {
  return selectPromises(db, workspaceId).where('p.id', '=', id).executeTakeFirst();
}

export type PromiseFilters = {
  accountId?: string | undefined;
  ownerId?: string | undefined;
  statuses?: PromiseStatus[] | undefined;
  source?: PromisesTable['source'] | undefined;
  /** Active and due before this day (today, for "overdue"). */
  overdueBefore?: Day | undefined;
  dueBefore?: Day | undefined;
  dueFrom?: Day | undefined;
};

function filtered(db: Db, workspaceId: string, f: PromiseFilters) {
  let q = selectPromises(db, workspaceId);
  if (f.accountId) q = q.where('p.account_id', '=', f.accountId);
  if (f.ownerId) q = q.where('p.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('p.status', 'in', f.statuses);
  if (f.source) q = q.where('p.source', '=', f.source);
  if (f.overdueBefore)
    q = q.where('p.status', 'in', ['open', 'renegotiated']).where('p.due_on', '<', f.overdueBefore);
  if (f.dueBefore) q = q.where('p.due_on', '<=', f.dueBefore);
  if (f.dueFrom) q = q.where('p.due_on', '>=', f.dueFrom);
  return q;
}

const promiseSort = (direction: 'asc' | 'desc'): SortSpec => ({
  column: 'due_on',
  direction,
  nullable: false,
  type: 'day',
});

export async function listPromiseRows(
  db: Db,
  workspaceId: string,
  opts: PromiseFilters & { cursor: CursorValue | null; limit: number; direction?: 'asc' | 'desc' },
) {
  const sort = promiseSort(opts.direction ?? 'asc');
  return fetchKeysetPage(filtered(db, workspaceId, opts), sort, opts.cursor, opts.limit, (c) => `p.${c}`);
}

export async function countPromises(db: Db, workspaceId: string, f: PromiseFilters): Promise<number> {
  const r = await filtered(db, workspaceId, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The rows the keeping rate is computed from: promises due, or settled early, in a period. */
export async function promisesDueBetween(
  db: Db,
  workspaceId: string,
  from: Day,
  to: Day,
  f: { accountId?: string | undefined; ownerId?: string | undefined },
) {
  return filtered(db, workspaceId, f)
    .where((w) =>
      w.or([
        w.and([w('p.due_on', '>=', from), w('p.due_on', '<=', to)]),
        w.and([w('p.resolved_on', '>=', from), w('p.resolved_on', '<=', to)]),
      ]),
    )
    .clearSelect()
    .select([
      'p.status',
      'p.due_on',
      'p.resolved_on',
      'p.owner_id',
      'u.name as owner_name',
      'u.email as owner_email',
      'p.account_id',
      'a.name as account_name',
    ])
    .orderBy('p.due_on')
    .execute();
}

export async function promiseEventsOf(db: Db, workspaceId: string, promiseId: string) {
  return db
    .selectFrom('promise_events as e')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'e.actor_id').on('e.actor_type', '=', 'user'))
    .leftJoin('api_keys as k', (j) => j.onRef('k.id', '=', 'e.actor_id').on('e.actor_type', '=', 'apiKey'))
    .selectAll('e')
    .select((eb) => eb.fn.coalesce('u.name', 'k.name').as('by_name'))
    .where('e.workspace_id', '=', workspaceId)
    .where('e.promise_id', '=', promiseId)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}

/** Active promises whose due day has passed and whose owner was not yet told. */
export async function newlyOverdue(db: Db, workspaceId: string, before: Day, limit: number) {
  return db
    .selectFrom('promises')
    .select(['id', 'account_id', 'title', 'owner_id', 'due_on'])
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ['open', 'renegotiated'])
    .where('due_on', '<', before)
    .where('overdue_notified_on', 'is', null)
    .orderBy('due_on')
    .limit(limit)
    .execute();
}
