import type { Db } from '../../platform/context.ts';

export async function insertSource(
  db: Db,
  s: {
    id: string;
    workspaceId: string;
    name: string;
    writeKey: string;
    createdBy: string | null;
    now: string;
  },
) {
  await db
    .insertInto('sources')
    .values({
      id: s.id,
      workspace_id: s.workspaceId,
      name: s.name,
      write_key: s.writeKey,
      created_by: s.createdBy,
      created_at: s.now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

const columns = ['id', 'name', 'write_key', 'created_at', 'last_used_at', 'revoked_at'] as const;

export type SourceRow = Awaited<ReturnType<typeof listSourceRows>>[number];

export async function listSourceRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('sources')
    .select(columns)
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findSource(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('sources')
    .select(columns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The write key names its workspace: this is how an ingest request finds its tenant. */
export async function findSourceByWriteKey(db: Db, writeKey: string) {
  return db
    .selectFrom('sources')
    .innerJoin('workspaces', 'workspaces.id', 'sources.workspace_id')
    .select([
      'sources.id as id',
      'sources.workspace_id as workspace_id',
      'workspaces.name as workspace_name',
      'sources.name as name',
      'sources.revoked_at as revoked_at',
      'sources.last_used_at as last_used_at',
    ])
    .where('sources.write_key', '=', writeKey)
    .executeTakeFirst();
}

export async function revokeSourceRow(db: Db, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('sources')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function touchSource(db: Db, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('sources')
    .set({ last_used_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
