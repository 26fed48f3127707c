import type { Db } from '../../../platform/context.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../../platform/db/keyset.ts';
import type { NeedEventsTable, NeedsTable } from '../../../platform/db/schema.ts';

function selectNeeds(db: Db, workspaceId: string) {
  return db
    .selectFrom('needs as n')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'n.account_id').onRef('a.workspace_id', '=', 'n.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 'n.owner_id')
    .selectAll('n')
    .select(['a.name as account_name', 'u.name as owner_name', 'u.email as owner_email'])
    .select((eb) =>
      eb
        .selectFrom('need_events as e')
        .select((s) => s.fn.max('e.at').as('at'))
        .whereRef('e.workspace_id', '=', 'n.workspace_id')
        .whereRef('e.need_id', '=', 'n.id')
        .where('e.kind', 'in', ['status', 'reassessed'])
        .as('last_assessed_at'),
    )
    .where('n.workspace_id', '=', workspaceId);
}

export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeedRow>>>;

export async function findNeedRow(db: Db, workspaceId: string, id: string) {
  return selectNeeds(db, workspaceId).where('n.id', '=', id).executeTakeFirst();
}

export async function findNeedRows(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return selectNeeds(db, workspaceId).where('n.id', 'in', ids).execute();
}

export type NeedFilters = {
  accountId?: string | undefined;
  ownerId?: string | undefined;
  statuses?: Array<NeedsTable['status']> | undefined;
  source?: NeedsTable['source'] | undefined;
};

function filtered(db: Db, workspaceId: string, f: NeedFilters) {
  let q = selectNeeds(db, workspaceId);
  if (f.accountId) q = q.where('n.account_id', '=', f.accountId);
  if (f.ownerId) q = q.where('n.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('n.status', 'in', f.statuses);
  if (f.source) q = q.where('n.source', '=', f.source);
  return q;
}

/** Newest first. */
export const NEED_SORT: SortSpec = {
  column: 'created_at',
  direction: 'desc',
  nullable: false,
  type: 'timestamp',
};

export async function listNeedRows(
  db: Db,
  workspaceId: string,
  opts: NeedFilters & { cursor: CursorValue | null; limit: number },
) {
  return fetchKeysetPage(
    filtered(db, workspaceId, opts),
    NEED_SORT,
    opts.cursor,
    opts.limit,
    (c) => `n.${c}`,
  );
}

export async function countNeeds(db: Db, workspaceId: string, f: NeedFilters): Promise<number> {
  let q = db.selectFrom('needs as n').where('n.workspace_id', '=', workspaceId);
  if (f.accountId) q = q.where('n.account_id', '=', f.accountId);
  if (f.ownerId) q = q.where('n.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('n.status', 'in', f.statuses);
  if (f.source) q = q.where('n.source', '=', f.source);
  const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** An account's needs in the given statuses (a short list: what a check-in reassesses). */
export async function needRowsOfAccount(
  db: Db,
  workspaceId: string,
  accountId: string,
  statuses: Array<NeedsTable['status']>,
) {
  return selectNeeds(db, workspaceId)
    .where('n.account_id', '=', accountId)
    .where('n.status', 'in', statuses)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .limit(500)
    .execute();
}

export type NeedInsert = Omit<NeedsTable, 'updated_at'>;

export async function insertNeed(db: Db, row: NeedInsert) {
  await db
    .insertInto('needs')
    .values({ ...row, updated_at: row.created_at })
    .execute();
}

export type NeedPatch = Partial<Pick<NeedsTable, 'title' | 'detail' | 'priority' | 'status' | 'owner_id'>>;

export async function updateNeedRow(db: Db, workspaceId: string, id: string, patch: NeedPatch, now: string) {
  await db
    .updateTable('needs')
    .set({ ...patch, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertNeedEvent(db: Db, row: NeedEventsTable) {
  await db.insertInto('need_events').values(row).execute();
}

/** A need's history, oldest first, with who acted and the check-in it happened at. */
export async function needEventRows(db: Db, workspaceId: string, needId: string) {
  return db
    .selectFrom('need_events as e')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'e.actor_id').on('e.actor_type', '=', 'user'))
    .leftJoin('api_keys as k', (j) => j.onRef('k.id', '=', 'e.actor_id').on('e.actor_type', '=', 'apiKey'))
    .leftJoin('checkins as c', (j) =>
      j.onRef('c.id', '=', 'e.checkin_id').onRef('c.workspace_id', '=', 'e.workspace_id'),
    )
    .selectAll('e')
    .select((eb) => [eb.fn.coalesce('u.name', 'k.name').as('by_name'), 'c.held_on as checkin_held_on'])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.need_id', '=', needId)
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(1000)
    .execute();
}

export type NeedEventRow = Awaited<ReturnType<typeof needEventRows>>[number];
