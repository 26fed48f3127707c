import { sql } from 'kysely';
import type { Db } from '../../platform/context.ts';
import { type CursorValue, fetchKeysetPage } from '../../platform/db/keyset.ts';
import type { ResourcesTable, ResourceUsesTable } from '../../platform/db/schema.ts';

// ── resources ───────────────────────────────────────────────────────────────

export async function insertResource(db: Db, row: ResourcesTable) {
  await db.insertInto('resources').values(row).execute();
}

export async function updateResourceRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<Pick<ResourcesTable, 'kind' | 'title' | 'url' | 'owner_id' | 'archived_at' | 'updated_at'>>,
) {
  await db
    .updateTable('resources')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

const selectResources = (db: Db) =>
  db
    .selectFrom('resources as r')
    .leftJoin('users as o', 'o.id', 'r.owner_id')
    .select([
      'r.id',
      'r.workspace_id',
      'r.kind',
      'r.title',
      'r.url',
      'r.slug',
      'r.owner_id',
      'o.name as owner_name',
      'r.archived_at',
      'r.created_at',
      'r.updated_at',
    ]);

export type ResourceRow = Awaited<ReturnType<typeof findResource>> & {};

export async function findResource(db: Db, workspaceId: string, id: string) {
  return selectResources(db)
    .where('r.workspace_id', '=', workspaceId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** The tracking link's slug names its workspace, like a write key: random and unguessable. */
export async function findResourceBySlug(db: Db, slug: string) {
  return selectResources(db).where('r.slug', '=', slug).executeTakeFirst();
}

/** Resources an event may name: by id or by slug, within the workspace. */
export async function findResourcesByRefs(db: Db, workspaceId: string, refs: string[]) {
  if (refs.length === 0) return [];
  return db
    .selectFrom('resources')
    .select(['id', 'slug'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('id', 'in', refs), eb('slug', 'in', refs)]))
    .execute();
}

export async function listResourceRows(db: Db, workspaceId: string, archived: boolean) {
  return selectResources(db)
    .where('r.workspace_id', '=', workspaceId)
    .where('r.archived_at', archived ? 'is not' : 'is', null)
    .orderBy('r.title')
    .orderBy('r.id')
    .execute();
}

export type StatsRow = Awaited<ReturnType<typeof resourceStatsRows>>[number];

/** Uses, reach and satisfaction per resource, in one grouped query. */
export async function resourceStatsRows(
  db: Db,
  workspaceId: string,
  resourceIds: string[],
  since30: string,
  since60: string,
) {
  if (resourceIds.length === 0) return [];
  const isUse = sql<boolean>`u.kind in ('view', 'attended')`;
  return db
    .selectFrom('resource_uses as u')
    .select([
      'u.resource_id',
      sql<number>`sum(case when ${isUse} then 1 else 0 end)`.as('uses'),
      sql<number>`count(distinct case when ${isUse} then u.account_id end)`.as('accounts'),
      sql<number>`count(u.rating)`.as('ratings'),
      sql<number | null>`avg(u.rating)`.as('avg_rating'),
      sql<number>`sum(case when u.rating >= 4 then 1 else 0 end)`.as('helpful'),
      sql<number>`sum(case when ${isUse} and u.occurred_at >= ${since30} then 1 else 0 end)`.as('uses30'),
      sql<number>`sum(case when ${isUse} and u.occurred_at >= ${since60} and u.occurred_at < ${since30} then 1 else 0 end)`.as(
        'uses_prev30',
      ),
      sql<number>`sum(case when u.kind = 'registered' then 1 else 0 end)`.as('registered'),
      sql<number>`sum(case when u.kind = 'attended' then 1 else 0 end)`.as('attended'),
      sql<string | null>`max(u.occurred_at)`.as('last_used_at'),
    ])
    .where('u.workspace_id', '=', workspaceId)
    .where('u.resource_id', 'in', resourceIds)
    .groupBy('u.resource_id')
    .execute();
}

// ── uses ────────────────────────────────────────────────────────────────────

export type UseRow = Omit<ResourceUsesTable, 'workspace_id'>;

/** Records uses; one whose dedupe key was seen before is skipped. Returns how many were new. */
export async function insertUses(db: Db, workspaceId: string, rows: UseRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const done = await db
      .insertInto('resource_uses')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, workspace_id: workspaceId })))
      .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
      .returning('id')
      .execute();
    inserted += done.length;
  }
  return inserted;
}

export async function findUseByToken(db: Db, token: string) {
  return db
    .selectFrom('resource_uses')
    .select(['id', 'workspace_id', 'resource_id', 'rating'])
    .where('rating_token', '=', token)
    .executeTakeFirst();
}

export async function findUse(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('resource_uses')
    .select(['id', 'resource_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function rateUseRow(
  db: Db,
  workspaceId: string,
  id: string,
  r: { rating: number; comment: string | null; at: string },
) {
  await db
    .updateTable('resource_uses')
    .set({ rating: r.rating, comment: r.comment, rated_at: r.at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function listUseRows(
  db: Db,
  workspaceId: string,
  opts: { resourceId: string; accountId?: string | undefined; cursor: CursorValue | null; limit: number },
) {
  let q = db
    .selectFrom('resource_uses as u')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'u.account_id').onRef('a.workspace_id', '=', 'u.workspace_id'),
    )
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'u.contact_id').onRef('c.workspace_id', '=', 'u.workspace_id'),
    )
    .select([
      'u.id',
      'u.resource_id',
      'u.kind',
      'u.channel',
      'u.occurred_at',
      'u.rating',
      'u.comment',
      'a.id as account_id',
      'a.name as account_name',
      'c.id as contact_id',
      'c.first_name',
      'c.last_name',
    ])
    .where('u.workspace_id', '=', workspaceId)
    .where('u.resource_id', '=', opts.resourceId);
  if (opts.accountId) q = q.where('u.account_id', '=', opts.accountId);
  // When it happened, newest first: uses recorded later may be back-dated (CSV, by hand).
  const spec = { column: 'occurred_at', direction: 'desc', nullable: false } as const;
  return fetchKeysetPage(q, spec, opts.cursor, opts.limit, (c) => `u.${c}`);
}

/** Per resource, what one account did with it. */
export async function accountUseRows(db: Db, workspaceId: string, accountId: string) {
  return db
    .selectFrom('resource_uses as u')
    .select([
      'u.resource_id',
      sql<number>`sum(case when u.kind in ('view', 'attended') then 1 else 0 end)`.as('uses'),
      sql<string>`max(u.occurred_at)`.as('last_used_at'),
      sql<number | null>`avg(u.rating)`.as('avg_rating'),
      sql<number>`sum(case when u.kind = 'attended' then 1 else 0 end)`.as('attended'),
    ])
    .where('u.workspace_id', '=', workspaceId)
    .where('u.account_id', '=', accountId)
    .groupBy('u.resource_id')
    .execute();
}
