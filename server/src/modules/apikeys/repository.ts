import type { Db } from '../../platform/context.ts';

export async function insertApiKey(
  db: Db,
  k: {
    id: string;
    workspaceId: string;
    name: string;
    prefix: string;
    keyHash: string;
    scope: 'read' | 'read_write';
    createdBy: string | null;
    now: string;
  },
) {
  await db
    .insertInto('api_keys')
    .values({
      id: k.id,
      workspace_id: k.workspaceId,
      name: k.name,
      prefix: k.prefix,
      key_hash: k.keyHash,
      scope: k.scope,
      created_by: k.createdBy,
      created_at: k.now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

const columns = [
  'api_keys.id as id',
  'api_keys.name as name',
  'api_keys.prefix as prefix',
  'api_keys.scope as scope',
  'api_keys.created_at as created_at',
  'api_keys.last_used_at as last_used_at',
  'api_keys.revoked_at as revoked_at',
  'creator.id as creator_id',
  'creator.name as creator_name',
] as const;

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeyRows>>[number];

export async function listApiKeyRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('api_keys')
    .leftJoin('users as creator', 'creator.id', 'api_keys.created_by')
    .select(columns)
    .where('api_keys.workspace_id', '=', workspaceId)
    .orderBy('api_keys.created_at', 'desc')
    .execute();
}

export async function findApiKey(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('api_keys')
    .leftJoin('users as creator', 'creator.id', 'api_keys.created_by')
    .select(columns)
    .where('api_keys.workspace_id', '=', workspaceId)
    .where('api_keys.id', '=', id)
    .executeTakeFirst();
}

/** The key's hash names its workspace: this is how a request finds its tenant. */
export async function findApiKeyByHash(db: Db, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .innerJoin('workspaces', 'workspaces.id', 'api_keys.workspace_id')
    .select([
      'api_keys.id as id',
      'api_keys.workspace_id as workspace_id',
      'workspaces.name as workspace_name',
      'api_keys.name as name',
      'api_keys.scope as scope',
      'api_keys.last_used_at as last_used_at',
      'api_keys.revoked_at as revoked_at',
    ])
    .where('api_keys.key_hash', '=', keyHash)
    .executeTakeFirst();
}

export async function revokeApiKeyRow(db: Db, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function touchApiKey(db: Db, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
