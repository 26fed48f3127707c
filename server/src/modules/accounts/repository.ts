import type { AccountSort } from '@trustcircle/contracts';
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../platform/context.ts';
import { toJson } from '../../platform/db/json.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../platform/db/keyset.ts';
import type { AccountsTable } from '../../platform/db/schema.ts';
import { searchTextMatch } from '../../platform/db/search.ts';

export type AccountWrite = {
  name: string;
  search_text: string;
  domain: string | null;
  owner_id: string | null;
  tier: AccountsTable['tier'];
  arr_cents: number;
  contract_start: string | null;
  renewal_date: string | null;
  stage: AccountsTable['stage'];
  custom_fields: Record<string, unknown>;
};

/** A new account's place on the Trust Circle; later moves go through the lifecycle module. */
export type AccountPosition = Pick<AccountsTable, 'phase'> & {
  stage_since: string;
  phase_since: string | null;
};

export async function insertAccount(
  db: Db,
  row: AccountWrite &
    AccountPosition & { id: string; workspace_id: string; external_id: string | null; created_at: string },
) {
  await db
    .insertInto('accounts')
    .values({ ...row, custom_fields: toJson(row.custom_fields), updated_at: row.created_at })
    .execute();
}

export async function updateAccountRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<AccountWrite>,
  now: string,
) {
  const { custom_fields, ...rest } = patch;
  await db
    .updateTable('accounts')
    .set({ ...rest, ...(custom_fields ? { custom_fields: toJson(custom_fields) } : {}), updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteAccountRow(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('accounts').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function replaceTags(db: Db, workspaceId: string, accountId: string, tags: string[]) {
  await db
    .deleteFrom('account_tags')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .execute();
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db
    .insertInto('account_tags')
    .values(unique.map((tag) => ({ workspace_id: workspaceId, account_id: accountId, tag })))
    .execute();
}

/** Contacts per account for one page, in one grouped query (not a subquery per row). */
export async function contactCountsOf(
  db: Db,
  workspaceId: string,
  accountIds: string[],
): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contacts')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'in', accountIds)
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [r.account_id, Number(r.n)]));
}

export async function tagsOf(
  db: Db,
  workspaceId: string,
  accountIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (accountIds.length === 0) return out;
  const rows = await db
    .selectFrom('account_tags')
    .select(['account_id', 'tag'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'in', accountIds)
    .execute();
  // Sorted here: an ORDER BY tag would tempt SQLite to walk the (workspace_id, tag) index
  // through every tag of the workspace instead of probing the page's accounts.
  for (const r of rows) out.set(r.account_id, [...(out.get(r.account_id) ?? []), r.tag]);
  for (const tags of out.values()) tags.sort();
  return out;
}

function selectAccounts(db: Db, workspaceId: string) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('users as o', 'o.id', 'a.owner_id')
    .select([
      'a.id',
      'a.name',
      'a.search_text',
      'a.domain',
      'a.tier',
      'a.arr_cents',
      'a.contract_start',
      'a.renewal_date',
      'a.stage',
      'a.phase',
      'a.stage_since',
      'a.phase_since',
      'a.custom_fields',
      'a.external_id',
      'a.usage_last_seen_at',
      'a.usage_events_30d',
      'a.usage_users_30d',
      'a.created_at',
      'a.updated_at',
      'o.id as owner_id',
      'o.name as owner_name',
      'o.email as owner_email',
    ])
    .where('a.workspace_id', '=', workspaceId);
}

export type AccountRow = Awaited<ReturnType<typeof findAccountRow>> & {};

export async function findAccountRow(db: Db, workspaceId: string, id: string) {
  return selectAccounts(db, workspaceId).where('a.id', '=', id).executeTakeFirst();
}

export async function findAccountIdByExternalId(db: Db, workspaceId: string, externalId: string) {
  const r = await db
    .selectFrom('accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r?.id ?? null;
}

export const ACCOUNT_SORT_SPECS: Record<AccountSort, SortSpec> = {
  name: { column: 'search_text', direction: 'asc', nullable: false },
  '-name': { column: 'search_text', direction: 'desc', nullable: false },
  arr: { column: 'arr_cents', direction: 'asc', nullable: false },
  '-arr': { column: 'arr_cents', direction: 'desc', nullable: false },
  renewalDate: { column: 'renewal_date', direction: 'asc', nullable: true, type: 'day' },
  '-renewalDate': { column: 'renewal_date', direction: 'desc', nullable: true, type: 'day' },
  createdAt: { column: 'created_at', direction: 'asc', nullable: false, type: 'timestamp' },
  '-createdAt': { column: 'created_at', direction: 'desc', nullable: false, type: 'timestamp' },
  updatedAt: { column: 'updated_at', direction: 'asc', nullable: false, type: 'timestamp' },
  '-updatedAt': { column: 'updated_at', direction: 'desc', nullable: false, type: 'timestamp' },
  // Oldest first means the stalest first, and never seen is the stalest.
  lastSeen: {
    column: 'usage_last_seen_at',
    direction: 'asc',
    nullable: true,
    nullsFirst: true,
    type: 'timestamp',
  },
  '-lastSeen': { column: 'usage_last_seen_at', direction: 'desc', nullable: true, type: 'timestamp' },
  events30d: { column: 'usage_events_30d', direction: 'asc', nullable: false },
  '-events30d': { column: 'usage_events_30d', direction: 'desc', nullable: false },
  activeUsers30d: { column: 'usage_users_30d', direction: 'asc', nullable: false },
  '-activeUsers30d': { column: 'usage_users_30d', direction: 'desc', nullable: false },
};

export type AccountFilters = {
  q?: string | undefined;
  stage?: string[] | undefined;
  phase?: string[] | undefined;
  tier?: string[] | undefined;
  ownerId?: string | undefined;
  tag?: string | undefined;
  renewalBefore?: string | undefined;
  /** accounts with no usage since this instant (or none ever) */
  inactiveSince?: string | undefined;
  minActiveUsers30d?: number | undefined;
};

type Search = Awaited<ReturnType<typeof searchTextMatch>> | null;

function applyFilters<Q extends ReturnType<typeof selectAccounts>>(
  q: Q,
  workspaceId: string,
  f: AccountFilters,
  search: Search,
): Q {
  let out = q;
  if (search) out = out.where(search) as Q;
  if (f.stage?.length) out = out.where('a.stage', 'in', f.stage as AccountsTable['stage'][]) as Q;
  if (f.phase?.length)
    out = out.where('a.phase', 'in', f.phase as NonNullable<AccountsTable['phase']>[]) as Q;
  if (f.tier?.length) out = out.where('a.tier', 'in', f.tier as NonNullable<AccountsTable['tier']>[]) as Q;
  if (f.ownerId === 'none') out = out.where('a.owner_id', 'is', null) as Q;
  else if (f.ownerId) out = out.where('a.owner_id', '=', f.ownerId) as Q;
  if (f.renewalBefore) out = out.where('a.renewal_date', '<=', f.renewalBefore) as Q;
  if (f.inactiveSince) {
    const since = f.inactiveSince;
    out = out.where((eb) =>
      eb.or([eb('a.usage_last_seen_at', 'is', null), eb('a.usage_last_seen_at', '<', since)]),
    ) as Q;
  }
  if (f.minActiveUsers30d !== undefined) out = out.where('a.usage_users_30d', '>=', f.minActiveUsers30d) as Q;
  if (f.tag) {
    const tag = f.tag;
    out = out.where((eb) =>
      eb.exists(
        eb
          .selectFrom('account_tags as t')
          .select('t.tag')
          .where('t.workspace_id', '=', workspaceId)
          .whereRef('t.account_id', '=', 'a.id')
          .where('t.tag', '=', tag),
      ),
    ) as Q;
  }
  return out;
}

export async function listAccountRows(
  db: Db,
  workspaceId: string,
  opts: { filters: AccountFilters; sort: SortSpec; cursor: CursorValue | null; limit: number },
) {
  const search = opts.filters.q ? await searchTextMatch(db, 'accounts', 'a', opts.filters.q) : null;
  const q = applyFilters(selectAccounts(db, workspaceId), workspaceId, opts.filters, search);
  return fetchKeysetPage(q, opts.sort, opts.cursor, opts.limit, (c) => `a.${c}`);
}

export async function countAccounts(db: Db, workspaceId: string, filters: AccountFilters): Promise<number> {
  const search = filters.q ? await searchTextMatch(db, 'accounts', 'a', filters.q) : null;
  const matching = applyFilters(selectAccounts(db, workspaceId), workspaceId, filters, search)
    .clearSelect()
    .select('a.id');
  const r = await db
    .selectFrom(matching.as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Account ids by their external ids (one query for a whole ingestion batch). */
export async function findAccountIdsByExternalIds(db: Db, workspaceId: string, externalIds: string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < externalIds.length; i += 500) {
    const rows = await db
      .selectFrom('accounts')
      .select(['id', 'external_id'])
      .where('workspace_id', '=', workspaceId)
      .where('external_id', 'in', externalIds.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.external_id) out.set(r.external_id, r.id);
  }
  return out;
}

/** The oldest account with this domain, if any (a product's group naming a known company). */
export async function findAccountIdByDomain(db: Db, workspaceId: string, domain: string) {
  const r = await db
    .selectFrom('accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('domain', '=', domain)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return r?.id ?? null;
}

export type UsageFigures = {
  accountId: string;
  lastSeenAt: string | null;
  events30d: number;
  users30d: number;
};

/**
 * The usage columns the accounts list sorts and filters by. They are derived figures kept
 * by the usage module, so they change no `updated_at` and write no audit row.
 */
export async function setUsageFigures(db: Db, workspaceId: string, figures: UsageFigures[]) {
  if (figures.length === 0) return;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // One statement for all of them: on PostgreSQL each statement is a round trip.
    await sql`
      update accounts as a set
        usage_last_seen_at = case
          when v.seen is not null and (a.usage_last_seen_at is null or a.usage_last_seen_at < v.seen) then v.seen
          else a.usage_last_seen_at end,
        usage_events_30d = v.events,
        usage_users_30d = v.users
      from unnest(
        ${figures.map((f) => f.accountId)}::text[],
        ${figures.map((f) => f.lastSeenAt)}::timestamptz[],
        ${figures.map((f) => f.events30d)}::bigint[],
        ${figures.map((f) => f.users30d)}::bigint[]
      ) as v(id, seen, events, users)
      where a.workspace_id = ${workspaceId} and a.id = v.id`.execute(db);
    return;
  }
  for (const f of figures) {
    await db
      .updateTable('accounts')
      .set((eb) => ({
        usage_last_seen_at:
          f.lastSeenAt === null
            ? eb.ref('usage_last_seen_at')
            : sql<string>`case when usage_last_seen_at is null or usage_last_seen_at < ${f.lastSeenAt} then ${f.lastSeenAt} else usage_last_seen_at end`,
        usage_events_30d: f.events30d,
        usage_users_30d: f.users30d,
      }))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', f.accountId)
      .execute();
  }
}

/** Accounts that had usage in the window, for the nightly refresh of the 30-day figures. */
export async function accountIdsWithUsage(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('usage_events_30d', '>', 0), eb('usage_users_30d', '>', 0)]))
    .execute();
  return rows.map((r) => r.id);
}
