import { PostgresAdapter } from 'kysely';
import type { Db } from '../../../platform/context.ts';
import { bulkInsert, inValues } from '../../../platform/db/bulk.ts';

// ── groups ──────────────────────────────────────────────────────────────────

export async function loadGroupAccounts(db: Db, workspaceId: string, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('usage_groups')
    .select(['group_id', 'account_id'])
    .where('workspace_id', '=', workspaceId)
    .where(inValues(db, 'group_id', groupIds))
    .execute();
  return new Map(rows.map((r) => [r.group_id, r.account_id]));
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
  if (userKeys.length === 0) return new Map();
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
    .where(inValues(db, 'user_key', userKeys))
    .execute();
  return new Map(rows.map((r) => [r.user_key, r]));
}

const upsertIdentities = bulkInsert<IdentityRow>({
  table: 'usage_identities',
  columns: [
    { name: 'workspace_id', pgType: 'text' },
    { name: 'user_key', pgType: 'text' },
    { name: 'account_id', pgType: 'text' },
    { name: 'contact_id', pgType: 'text' },
    { name: 'alias_of', pgType: 'text' },
    { name: 'email', pgType: 'text' },
    { name: 'name', pgType: 'text' },
    { name: 'first_seen_at', pgType: 'timestamptz' },
    { name: 'last_seen_at', pgType: 'timestamptz' },
  ],
  // Merged, not overwritten: a null means "keep" (ingestion never clears these fields, and
  // sends only the ones it set), first and last seen only ever widen. A flush that read a
  // person before another flush (or server) changed them cannot undo that change.
  tail: `on conflict (workspace_id, user_key) do update set
    account_id = coalesce(excluded.account_id, usage_identities.account_id),
    contact_id = coalesce(excluded.contact_id, usage_identities.contact_id),
    alias_of = coalesce(excluded.alias_of, usage_identities.alias_of),
    email = coalesce(excluded.email, usage_identities.email),
    name = coalesce(excluded.name, usage_identities.name),
    first_seen_at = case when excluded.first_seen_at < usage_identities.first_seen_at
      then excluded.first_seen_at else usage_identities.first_seen_at end,
    last_seen_at = case when excluded.last_seen_at > usage_identities.last_seen_at
      then excluded.last_seen_at else usage_identities.last_seen_at end
    returning user_key, account_id, contact_id, alias_of, email, name, first_seen_at, last_seen_at`,
});

/**
 * The account and alias of these people as committed, each row locked (shared) until this
 * transaction ends. PostgreSQL only: a flush that stored someone's events without an
 * account asks after its own writes, so it either waits for a concurrent flush that gives
 * them one and sees it, or holds that flush back until its own events are committed, where
 * the other flush finds them.
 */
export async function lockedAttributions(db: Db, workspaceId: string, userKeys: string[]) {
  if (userKeys.length === 0) return new Map<string, { account_id: string | null; alias_of: string | null }>();
  const query = db
    .selectFrom('usage_identities')
    .select(['user_key', 'account_id', 'alias_of'])
    .where('workspace_id', '=', workspaceId)
    .where(inValues(db, 'user_key', [...userKeys].sort()))
    .orderBy('user_key');
  const rows = await (db.getExecutor().adapter instanceof PostgresAdapter
    ? query.forShare()
    : query
  ).execute();
  return new Map(rows.map((r) => [r.user_key, { account_id: r.account_id, alias_of: r.alias_of }]));
}

/** The people stored as aliases of these keys (one hop; the caller follows chains). */
export async function aliasesOf(db: Db, workspaceId: string, userKeys: string[]) {
  if (userKeys.length === 0) return [];
  return db
    .selectFrom('usage_identities')
    .select(['user_key', 'alias_of'])
    .where('workspace_id', '=', workspaceId)
    .where(inValues(db, 'alias_of', userKeys))
    .$narrowType<{ alias_of: string }>()
    .execute();
}

/** Upserts people, merging with what is stored; returns the rows as the database now holds them. */
export async function saveIdentities(
  db: Db,
  workspaceId: string,
  rows: IdentityRow[],
): Promise<IdentityRow[]> {
  return upsertIdentities(
    db,
    rows.map((r) => [
      workspaceId,
      r.user_key,
      r.account_id,
      r.contact_id,
      r.alias_of,
      r.email,
      r.name,
      r.first_seen_at,
      r.last_seen_at,
    ]),
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
