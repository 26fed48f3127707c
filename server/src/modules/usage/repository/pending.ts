import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../../platform/context.ts';
import { inValues } from '../../../platform/db/bulk.ts';
import type { EventRow } from './events.ts';

// ── events not counted in the rollups yet (seq at or above the mark) ─────────
// The only queries here without a workspace: a rollup pass is system work over every
// workspace's new events at once (the mark is one for the database); each sum it returns
// carries its workspace_id, and the upserts are made per workspace.

const MARK = 'events';

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The first `seq` the rollups do not count yet. Locked until the pass commits on
 * PostgreSQL, so passes on several servers take turns; SQLite has one writer anyway.
 */
export async function lockRollupMark(db: Db): Promise<number> {
  const query = db.selectFrom('usage_rollup_marks').select('mark').where('name', '=', MARK);
  const row = await (isPostgres(db) ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return Number(row.mark);
}

export async function setRollupMark(db: Db, mark: number) {
  await db.updateTable('usage_rollup_marks').set({ mark }).where('name', '=', MARK).execute();
}

/**
 * Where a pass stops (exclusive), whether more is there already (`capped`), and whether
 * transactions still running may add to what the pass leaves (`waiting`).
 * SQLite: past the newest event, at most `span` further.
 * PostgreSQL: the oldest transaction still running in this database (or the next id, when
 * none), so an ingestion that commits after this pass has read is counted by the next pass
 * instead of being skipped. Only this database's backends count: a long transaction in
 * another database of the cluster (the snapshot's xmin would wait for it) holds nothing back.
 * `backend_xid` is a 32-bit xid: it is widened to the 64-bit id it stands for, which lies
 * less than 2^31 below the next one.
 */
export async function rollupBound(
  db: Db,
  mark: number,
  span: number,
): Promise<{ bound: number; capped: boolean; waiting: boolean }> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ bound: string | number; own: string | number }>`
      with next as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as id)
      select pg_current_xact_id()::text::bigint as own, least(
        next.id,
        (select min(next.id - ((next.id % 4294967296) - backend_xid::text::bigint + 4294967296) % 4294967296)
           from pg_stat_activity
          where datname = current_database() and backend_xid is not null)
      ) as bound
      from next`.execute(db);
    const bound = Number(rows[0]?.bound ?? mark);
    // This pass is one of the running transactions: waiting means an older one runs too.
    return { bound, capped: false, waiting: bound < Number(rows[0]?.own ?? bound) };
  }
  const top = await db
    .selectFrom('usage_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const next = Number(top?.seq ?? 0) + 1;
  return { bound: Math.min(next, mark + span), capped: next > mark + span, waiting: false };
}

/** One (account, day, key) of the pending events: key is the event name or the user key. */
export type PendingCount = {
  workspace_id: string;
  account_id: string;
  day: string;
  key: string;
  count: number;
  last: string;
};

/**
 * The usage events with `from <= seq < to` that have an account, counted per account and
 * day by event name and by user key, in the database: a pass reads a few thousand sums, not
 * every event.
 */
export async function pendingDailyCounts(
  db: Db,
  from: number,
  to: number,
): Promise<{ byEvent: PendingCount[]; byUser: PendingCount[] }> {
  const day = isPostgres(db)
    ? sql<string>`to_char(timestamp at time zone 'UTC', 'YYYY-MM-DD')`
    : sql<string>`substr(timestamp, 1, 10)`;
  const counted = db
    .selectFrom('usage_events')
    .where('seq', '>=', from)
    .where('seq', '<', to)
    .where('account_id', 'is not', null)
    .where('event', 'is not', null)
    .where('type', 'in', ['track', 'page', 'screen']);
  const sums = (key: 'event' | 'user_key') =>
    counted
      .select((eb) => [
        'workspace_id',
        eb.ref('account_id').$notNull().as('account_id'),
        day.as('day'),
        eb.ref(key).$notNull().as('key'),
        eb.fn.countAll<number>().as('count'),
        eb.fn.max('timestamp').as('last'),
      ])
      .groupBy(['workspace_id', 'account_id', day, key])
      .execute();
  const [byEvent, byUser] = [await sums('event'), await sums('user_key')];
  const numeric = (rows: PendingCount[]) => rows.map((r) => ({ ...r, count: Number(r.count) }));
  return { byEvent: numeric(byEvent), byUser: numeric(byUser) };
}

/**
 * Takes a person's events that had no account out of the table, to be stored again with
 * their account: stored again they get a new `seq`, so the rollups count them once whether
 * or not a pass has already gone over where they were.
 */
export async function takeUnattributedEvents(
  db: Db,
  workspaceId: string,
  userKeys: string[],
): Promise<EventRow[]> {
  if (userKeys.length === 0) return [];
  // One statement: an event of theirs stored meanwhile by another server is either taken
  // and returned, or left alone.
  return db
    .deleteFrom('usage_events')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'is', null)
    .where(inValues(db, 'user_key', userKeys))
    .returning([
      'id',
      'source_id',
      'message_id',
      'type',
      'event',
      'user_key',
      'account_id',
      'timestamp',
      'received_at',
      sql<string>`cast(payload as text)`.as('payload'),
    ])
    .execute();
}

/** How many events lie in [from, to) and the sum of their `seq`: a receipt's fingerprint. */
export async function rangeFingerprint(db: Db, from: number, to: number) {
  const row = await db
    .selectFrom('usage_events')
    .select((eb) => [eb.fn.countAll<number>().as('rows'), eb.fn.sum<number>('seq').as('seqSum')])
    .where('seq', '>=', from)
    .where('seq', '<', to)
    .executeTakeFirstOrThrow();
  return { rows: Number(row.rows), seqSum: Number(row.seqSum ?? 0) };
}
