import { sql } from 'kysely';
import type { Db } from '../../../platform/context.ts';
import { bulkInsert } from '../../../platform/db/bulk.ts';

// ── rollups ─────────────────────────────────────────────────────────────────

export type DailyCount = { account_id: string; day: string; key: string; count: number; last: string };

const DAILY_KEYS = [
  { name: 'workspace_id', pgType: 'text' },
  { name: 'account_id', pgType: 'text' },
  { name: 'day', pgType: 'date' },
] as const;

const upsertDailyEvents = bulkInsert({
  table: 'usage_daily',
  columns: [
    ...DAILY_KEYS,
    { name: 'event', pgType: 'text' },
    { name: 'count', pgType: 'bigint' },
    { name: 'last_at', pgType: 'timestamptz' },
  ],
  // The stored count grows by the new one; last_at keeps the later time.
  tail: `on conflict (workspace_id, account_id, day, event) do update set count = usage_daily.count + excluded.count,
    last_at = case when excluded.last_at > usage_daily.last_at then excluded.last_at else usage_daily.last_at end`,
});

const upsertDailyUsers = bulkInsert({
  table: 'usage_daily_users',
  columns: [...DAILY_KEYS, { name: 'user_key', pgType: 'text' }, { name: 'count', pgType: 'bigint' }],
  tail: `on conflict (workspace_id, account_id, day, user_key) do update set count = usage_daily_users.count + excluded.count`,
});

/** Adds counts to the per-account, per-day rollups (one upsert row per distinct key). */
export async function addDailyCounts(
  db: Db,
  workspaceId: string,
  byEvent: DailyCount[],
  byUser: DailyCount[],
) {
  await upsertDailyEvents(
    db,
    byEvent.map((r) => [workspaceId, r.account_id, r.day, r.key, r.count, r.last]),
  );
  await upsertDailyUsers(
    db,
    byUser.map((r) => [workspaceId, r.account_id, r.day, r.key, r.count]),
  );
}

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
