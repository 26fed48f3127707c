import { sql } from 'kysely';
import type { Db } from '../../../platform/context.ts';

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
