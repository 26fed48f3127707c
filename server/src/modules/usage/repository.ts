import { CompiledQuery, PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { UsageEventsTable } from '../../platform/db/schema.ts';

// ── events ──────────────────────────────────────────────────────────────────

export type EventRow = {
  id: string;
  source_id: string;
  message_id: string;
  type: UsageEventsTable['type'];
  event: string | null;
  user_key: string;
  account_id: string | null;
  timestamp: string;
  received_at: string;
  payload: string;
};

/** Message ids of this workspace already stored: retries and replays are dropped. */
export async function existingMessageIds(
  db: Db,
  workspaceId: string,
  messageIds: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < messageIds.length; i += 500) {
    const rows = await db
      .selectFrom('usage_events')
      .select('message_id')
      .where('workspace_id', '=', workspaceId)
      .where('message_id', 'in', messageIds.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.message_id);
  }
  return found;
}

export const EVENT_COLUMNS = [
  'id',
  'workspace_id',
  'source_id',
  'message_id',
  'type',
  'event',
  'user_key',
  'account_id',
  'timestamp',
  'received_at',
  'payload',
] as const;
const CONFLICT = 'on conflict (workspace_id, message_id) do nothing returning message_id';

/** PostgreSQL: all rows in one statement, one array parameter per column (in EVENT_COLUMNS order). */
export const POSTGRES_EVENT_INSERT = (() => {
  const types: Record<(typeof EVENT_COLUMNS)[number], string> = {
    id: 'text',
    workspace_id: 'text',
    source_id: 'text',
    message_id: 'text',
    type: 'text',
    event: 'text',
    user_key: 'text',
    account_id: 'text',
    timestamp: 'timestamptz',
    received_at: 'timestamptz',
    payload: 'text',
  };
  const arrays = EVENT_COLUMNS.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ');
  const select = EVENT_COLUMNS.map((c) => (c === 'payload' ? 'payload::jsonb' : c)).join(', ');
  return `insert into usage_events (${EVENT_COLUMNS.join(', ')}) select ${select} from unnest(${arrays}) as t(${EVENT_COLUMNS.join(', ')})`;
})();

/**
 * Inserts events; a message id stored before (a retry, a replay, another process) is skipped,
 * not an error. Returns the message ids that were new. This is the ingestion hot path, so
 * the SQL is written out once instead of built per call: on SQLite one multi-row VALUES per
 * 1,000 rows, on PostgreSQL one statement over arrays (unnest), whatever the row count.
 */
export async function insertEvents(db: Db, workspaceId: string, rows: EventRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const values = (r: EventRow) => [
    r.id,
    workspaceId,
    r.source_id,
    r.message_id,
    r.type,
    r.event,
    r.user_key,
    r.account_id,
    r.timestamp,
    r.received_at,
    r.payload,
  ];
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    if (rows.length === 0) return inserted;
    const columns = EVENT_COLUMNS.map((_, c) => rows.map((r) => values(r)[c]));
    const text = `${POSTGRES_EVENT_INSERT} ${CONFLICT}`;
    const res = await db.executeQuery<{ message_id: string }>(CompiledQuery.raw(text, columns));
    for (const r of res.rows) inserted.add(r.message_id);
    return inserted;
  }
  // Full chunks of 100 rows reuse one prepared statement; only the remainder is new SQL.
  const placeholders = `(${EVENT_COLUMNS.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    const text = `insert into usage_events (${EVENT_COLUMNS.join(',')}) values ${chunk.map(() => placeholders).join(',')} ${CONFLICT}`;
    const res = await db.executeQuery<{ message_id: string }>(CompiledQuery.raw(text, chunk.flatMap(values)));
    for (const r of res.rows) inserted.add(r.message_id);
  }
  return inserted;
}

/** Gives a person's unattributed events to the account they now belong to; returns those events. */
export async function attributeEarlierEvents(
  db: Db,
  workspaceId: string,
  userKeys: string[],
  accountId: string,
) {
  if (userKeys.length === 0) return [];
  return db
    .updateTable('usage_events')
    .set({ account_id: accountId })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'is', null)
    .where('user_key', 'in', userKeys)
    .returning(['type', 'event', 'timestamp'])
    .execute();
}

/** Deletes up to `limit` events received before the id floor (ids are time-ordered UUIDv7). */
export async function deleteEventsBefore(
  db: Db,
  workspaceId: string,
  idFloor: string,
  limit: number,
): Promise<number> {
  const res = await db
    .deleteFrom('usage_events')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('usage_events')
        .select('id')
        .where('id', '<', idFloor)
        .where('workspace_id', '=', workspaceId)
        .limit(limit),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

// ── groups ──────────────────────────────────────────────────────────────────

export async function loadGroupAccounts(db: Db, workspaceId: string, groupIds: string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < groupIds.length; i += 500) {
    const rows = await db
      .selectFrom('usage_groups')
      .select(['group_id', 'account_id'])
      .where('workspace_id', '=', workspaceId)
      .where('group_id', 'in', groupIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.group_id, r.account_id);
  }
  return out;
}

export async function saveGroupAccounts(
  db: Db,
  workspaceId: string,
  links: Array<[string, string]>,
  now: string,
) {
  if (links.length === 0) return;
  await db
    .insertInto('usage_groups')
    .values(
      links.map(([group_id, account_id]) => ({
        workspace_id: workspaceId,
        group_id,
        account_id,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'group_id']).doNothing())
    .execute();
}

// ── identities ──────────────────────────────────────────────────────────────

export type IdentityRow = {
  user_key: string;
  account_id: string | null;
  contact_id: string | null;
  alias_of: string | null;
  email: string | null;
  name: string | null;
  first_seen_at: string;
  last_seen_at: string;
};

export async function loadIdentities(
  db: Db,
  workspaceId: string,
  userKeys: string[],
): Promise<Map<string, IdentityRow>> {
  const out = new Map<string, IdentityRow>();
  for (let i = 0; i < userKeys.length; i += 500) {
    const rows = await db
      .selectFrom('usage_identities')
      .select([
        'user_key',
        'account_id',
        'contact_id',
        'alias_of',
        'email',
        'name',
        'first_seen_at',
        'last_seen_at',
      ])
      .where('workspace_id', '=', workspaceId)
      .where('user_key', 'in', userKeys.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.user_key, r);
  }
  return out;
}

export async function saveIdentities(db: Db, workspaceId: string, rows: IdentityRow[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('usage_identities')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, workspace_id: workspaceId })))
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'user_key']).doUpdateSet((eb) => ({
          account_id: eb.ref('excluded.account_id'),
          contact_id: eb.ref('excluded.contact_id'),
          alias_of: eb.ref('excluded.alias_of'),
          email: eb.ref('excluded.email'),
          name: eb.ref('excluded.name'),
          last_seen_at: eb.ref('excluded.last_seen_at'),
        })),
      )
      .execute();
  }
}

// ── rollups ─────────────────────────────────────────────────────────────────

export type DailyCount = { account_id: string; day: string; key: string; count: number; last: string };

/** Adds counts to the per-account, per-day rollups (one upsert per distinct key). */
export async function addDailyCounts(
  db: Db,
  workspaceId: string,
  byEvent: DailyCount[],
  byUser: DailyCount[],
) {
  for (let i = 0; i < byEvent.length; i += 1000) {
    await db
      .insertInto('usage_daily')
      .values(
        byEvent.slice(i, i + 1000).map((r) => ({
          workspace_id: workspaceId,
          account_id: r.account_id,
          day: r.day,
          event: r.key,
          count: r.count,
          last_at: r.last,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'account_id', 'day', 'event']).doUpdateSet({
          ...addExcludedCount('usage_daily'),
          last_at: sql<string>`case when excluded.last_at > usage_daily.last_at then excluded.last_at else usage_daily.last_at end`,
        }),
      )
      .execute();
  }
  for (let i = 0; i < byUser.length; i += 1000) {
    await db
      .insertInto('usage_daily_users')
      .values(
        byUser.slice(i, i + 1000).map((r) => ({
          workspace_id: workspaceId,
          account_id: r.account_id,
          day: r.day,
          user_key: r.key,
          count: r.count,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'account_id', 'day', 'user_key'])
          .doUpdateSet(addExcludedCount('usage_daily_users')),
      )
      .execute();
  }
}

/** On conflict, the stored count grows by the new one: `count = count + excluded.count`. */
const addExcludedCount = (table: 'usage_daily' | 'usage_daily_users') => ({
  count: sql<number>`${sql.ref(`${table}.count`)} + excluded.count`,
});

export async function dailyEventCounts(
  db: Db,
  workspaceId: string,
  accountId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('usage_daily')
    .select(['day', 'event', 'count'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
}

export async function dailyUserCounts(
  db: Db,
  workspaceId: string,
  accountId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('usage_daily_users')
    .select(['day', 'user_key', 'count'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
}

/** Events and distinct users per account since a day, for the accounts list's usage columns. */
export async function windowTotals(db: Db, workspaceId: string, since: string, accountIds?: string[]) {
  let events = db
    .selectFrom('usage_daily')
    .select(['account_id', (eb) => eb.fn.sum<number>('count').as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', since)
    .groupBy('account_id');
  let users = db
    .selectFrom('usage_daily_users')
    .select(['account_id', sql<number>`count(distinct user_key)`.as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', since)
    .groupBy('account_id');
  if (accountIds) {
    events = events.where('account_id', 'in', accountIds);
    users = users.where('account_id', 'in', accountIds);
  }
  const [e, u] = await Promise.all([events.execute(), users.execute()]);
  return {
    events: new Map(e.map((r) => [r.account_id, Number(r.n)])),
    users: new Map(u.map((r) => [r.account_id, Number(r.n)])),
  };
}

/** Accounts with rollups since a day: the ones whose 30-day figures may need refreshing. */
export async function accountsWithRollupsSince(db: Db, workspaceId: string, since: string) {
  const rows = await db
    .selectFrom('usage_daily')
    .select('account_id')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', since)
    .execute();
  return rows.map((r) => r.account_id);
}

/** The latest usage event per account, from the rollups (the hourly job's safety net). */
export async function lastEventTimes(db: Db, workspaceId: string, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('usage_daily')
    .select(['account_id', (eb) => eb.fn.max('last_at').as('last')])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'in', accountIds)
    .groupBy('account_id')
    .execute();
  return new Map(
    rows.flatMap((r) => (r.last ? [[r.account_id, new Date(r.last).toISOString()] as const] : [])),
  );
}

export async function namesOfUsers(db: Db, workspaceId: string, userKeys: string[]) {
  if (userKeys.length === 0)
    return new Map<string, { email: string | null; name: string | null; contactId: string | null }>();
  const rows = await db
    .selectFrom('usage_identities')
    .select(['user_key', 'email', 'name', 'contact_id'])
    .where('workspace_id', '=', workspaceId)
    .where('user_key', 'in', userKeys)
    .execute();
  return new Map(rows.map((r) => [r.user_key, { email: r.email, name: r.name, contactId: r.contact_id }]));
}

// ── warnings ────────────────────────────────────────────────────────────────

export type WarningRow = {
  id: string;
  source_id: string;
  reason: string;
  type: string | null;
  message_id: string | null;
  payload: string;
  received_at: string;
};

export async function insertWarnings(db: Db, workspaceId: string, rows: WarningRow[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('ingestion_warnings')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, workspace_id: workspaceId })))
      .execute();
  }
}

export async function listWarningRows(
  db: Db,
  workspaceId: string,
  opts: { before?: string | undefined; sourceId?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom('ingestion_warnings as w')
    .leftJoin('sources as s', (j) =>
      j.onRef('s.id', '=', 'w.source_id').onRef('s.workspace_id', '=', 'w.workspace_id'),
    )
    .select([
      'w.id',
      'w.reason',
      'w.type',
      'w.message_id',
      'w.payload',
      'w.received_at',
      'w.source_id',
      's.name as source_name',
    ])
    .where('w.workspace_id', '=', workspaceId);
  if (opts.before) q = q.where('w.id', '<', opts.before);
  if (opts.sourceId) q = q.where('w.source_id', '=', opts.sourceId);
  return q.orderBy('w.id', 'desc').limit(opts.limit).execute();
}

// ── features ────────────────────────────────────────────────────────────────

export async function listFeatureRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('usage_features')
    .select(['id', 'name', 'event', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
}

export async function insertFeature(
  db: Db,
  row: { id: string; workspace_id: string; name: string; event: string; created_at: string },
) {
  await db.insertInto('usage_features').values(row).execute();
}

export async function deleteFeatureRow(db: Db, workspaceId: string, id: string) {
  const r = await db
    .deleteFrom('usage_features')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The first and last day each event of the workspace's feature list was seen for an account. */
export async function featureUse(db: Db, workspaceId: string, accountId: string, events: string[]) {
  if (events.length === 0) return [];
  return db
    .selectFrom('usage_daily')
    .select([
      'event',
      (eb) => eb.fn.min('day').as('first_day'),
      (eb) => eb.fn.max('day').as('last_day'),
      (eb) => eb.fn.sum<number>('count').as('n'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('event', 'in', events)
    .groupBy('event')
    .execute();
}
