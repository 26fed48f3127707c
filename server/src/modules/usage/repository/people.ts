import type { Db } from '../../../platform/context.ts';

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
