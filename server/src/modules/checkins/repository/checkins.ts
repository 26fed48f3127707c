import type { CheckinCadence } from '@trustcircle/contracts';
import { sql } from 'kysely';
import type { Db } from '../../../platform/context.ts';
import { toJson } from '../../../platform/db/json.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../../platform/db/keyset.ts';
import type { AccountsTable, CheckinsTable } from '../../../platform/db/schema.ts';

function selectCheckins(db: Db, workspaceId: string) {
  return db
    .selectFrom('checkins as c')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'c.account_id').onRef('a.workspace_id', '=', 'c.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 'c.owner_id')
    .selectAll('c')
    .select(['a.name as account_name', 'u.name as owner_name', 'u.email as owner_email'])
    .where('c.workspace_id', '=', workspaceId);
}

export type CheckinRow = NonNullable<Awaited<ReturnType<typeof findCheckinRow>>>;

export async function findCheckinRow(db: Db, workspaceId: string, id: string) {
  return selectCheckins(db, workspaceId).where('c.id', '=', id).executeTakeFirst();
}

export type CheckinFilters = {
  accountId?: string | undefined;
  ownerId?: string | undefined;
  statuses?: Array<CheckinsTable['status']> | undefined;
  /** Only scheduled check-ins whose day is before this one (today: the overdue ones). */
  overdueBefore?: string | undefined;
  dueBefore?: string | undefined;
  dueFrom?: string | undefined;
};

function filtered(db: Db, workspaceId: string, f: CheckinFilters) {
  let q = selectCheckins(db, workspaceId);
  if (f.accountId) q = q.where('c.account_id', '=', f.accountId);
  if (f.ownerId) q = q.where('c.owner_id', '=', f.ownerId);
  if (f.statuses?.length) q = q.where('c.status', 'in', f.statuses);
  if (f.overdueBefore)
    q = q.where('c.status', '=', 'scheduled').where('c.scheduled_on', '<', f.overdueBefore);
  if (f.dueBefore) q = q.where('c.scheduled_on', '<=', f.dueBefore);
  if (f.dueFrom) q = q.where('c.scheduled_on', '>=', f.dueFrom);
  return q;
}

export async function listCheckinRows(
  db: Db,
  workspaceId: string,
  opts: CheckinFilters & { direction: 'asc' | 'desc'; cursor: CursorValue | null; limit: number },
) {
  const spec: SortSpec = { column: 'scheduled_on', direction: opts.direction, nullable: false, type: 'day' };
  return fetchKeysetPage(filtered(db, workspaceId, opts), spec, opts.cursor, opts.limit, (c) => `c.${c}`);
}

export async function countCheckins(db: Db, workspaceId: string, f: CheckinFilters): Promise<number> {
  const r = await filtered(db, workspaceId, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type CheckinInsert = {
  id: string;
  workspace_id: string;
  account_id: string;
  owner_id: string | null;
  scheduled_on: string;
  created_by: string | null;
  created_at: string;
};

/**
 * Adds a scheduled check-in unless the account already has one (the partial unique index
 * decides, so two writers at once cannot both add one). Returns whether it was added.
 */
export async function insertScheduledCheckin(db: Db, row: CheckinInsert): Promise<boolean> {
  const r = await db
    .insertInto('checkins')
    .values({ ...row, status: 'scheduled', updated_at: row.created_at })
    // The conflict target names the partial index's predicate as a literal, as both databases
    // need to match it to the index.
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'account_id']).where('status', '=', sql.lit('scheduled')).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export type CheckinPatch = Partial<{
  owner_id: string | null;
  scheduled_on: string;
  status: CheckinsTable['status'];
  held_on: string | null;
  attendees: unknown;
  notes: string | null;
  sentiment: CheckinsTable['sentiment'];
}>;

/**
 * Takes a scheduled check-in for the caller's transaction before it is held or skipped: the
 * row stays locked until commit (PostgreSQL), and a second caller finds it no longer
 * scheduled. False when someone else got there first.
 */
export async function claimScheduledCheckin(db: Db, workspaceId: string, id: string, now: string) {
  const r = await db
    .updateTable('checkins')
    .set({ updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function updateCheckinRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: CheckinPatch,
  now: string,
) {
  const { attendees, ...rest } = patch;
  await db
    .updateTable('checkins')
    .set({ ...rest, ...(attendees === undefined ? {} : { attendees: toJson(attendees) }), updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** The account's scheduled check-in, if it has one. */
export async function findScheduledCheckinRow(db: Db, workspaceId: string, accountId: string) {
  return selectCheckins(db, workspaceId)
    .where('c.account_id', '=', accountId)
    .where('c.status', '=', 'scheduled')
    .orderBy('c.scheduled_on')
    .executeTakeFirst();
}

/** The latest check-in held, optionally on or before a day. */
export async function findLastDoneCheckinRow(
  db: Db,
  workspaceId: string,
  accountId: string,
  exceptId?: string,
) {
  let q = selectCheckins(db, workspaceId)
    .where('c.account_id', '=', accountId)
    .where('c.status', '=', 'done');
  if (exceptId) q = q.where('c.id', '!=', exceptId);
  return q.orderBy('c.held_on', 'desc').orderBy('c.id', 'desc').executeTakeFirst();
}

/**
 * The day the cadence counts from, per account: the latest check-in held (its held day) or
 * skipped (its scheduled day).
 */
export async function lastClosedDays(db: Db, workspaceId: string, accountIds: string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < accountIds.length; i += 500) {
    const rows = await db
      .selectFrom('checkins')
      .select((eb) => [
        'account_id',
        eb.fn
          .max(
            eb.case().when('status', '=', 'done').then(eb.ref('held_on')).else(eb.ref('scheduled_on')).end(),
          )
          .as('last'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', 'in', accountIds.slice(i, i + 500))
      .where('status', 'in', ['done', 'skipped'])
      .groupBy('account_id')
      .execute();
    for (const r of rows) if (r.last) out.set(r.account_id, String(r.last));
  }
  return out;
}

// ── the accounts' side of the cadence ───────────────────────────────────────

export type CadenceAccount = Pick<
  AccountsTable,
  'id' | 'name' | 'stage' | 'tier' | 'owner_id' | 'checkin_cadence'
>;

const CADENCE_COLUMNS = ['id', 'name', 'stage', 'tier', 'owner_id', 'checkin_cadence'] as const;

export async function findCadenceAccount(db: Db, workspaceId: string, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(CADENCE_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', accountId)
    .executeTakeFirst();
}

export async function setAccountCadenceRow(
  db: Db,
  workspaceId: string,
  accountId: string,
  cadence: CheckinCadence | null,
  now: string,
) {
  await db
    .updateTable('accounts')
    .set({ checkin_cadence: cadence, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', accountId)
    .execute();
}

/** Accounts in the given stages without a scheduled check-in, a page at a time by id. */
export async function accountsWithoutCheckin(
  db: Db,
  workspaceId: string,
  stages: Array<AccountsTable['stage']>,
  afterId: string | null,
  limit: number,
): Promise<CadenceAccount[]> {
  let q = db
    .selectFrom('accounts as a')
    .select(CADENCE_COLUMNS.map((c) => `a.${c}` as const))
    .where('a.workspace_id', '=', workspaceId)
    .where('a.stage', 'in', stages)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('checkins as c')
            .select('c.id')
            .whereRef('c.workspace_id', '=', 'a.workspace_id')
            .whereRef('c.account_id', '=', 'a.id')
            .where('c.status', '=', 'scheduled'),
        ),
      ),
    );
  if (afterId) q = q.where('a.id', '>', afterId);
  return q.orderBy('a.id').limit(limit).execute();
}
