import type { Db } from '../../platform/context.ts';
import type { CalendarFeedsTable } from '../../platform/db/schema.ts';

export async function insertFeed(db: Db, row: CalendarFeedsTable) {
  await db.insertInto('calendar_feeds').values(row).execute();
}

export async function revokeFeedsOf(db: Db, workspaceId: string, userId: string, now: string) {
  await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function activeFeedOf(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('calendar_feeds')
    .select(['id', 'created_at', 'last_read_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** The one lookup not scoped by workspace: the secret itself says which workspace it belongs to. */
export async function findFeedByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('workspaces as w', 'w.id', 'f.workspace_id')
    .select(['f.id', 'f.workspace_id', 'f.user_id', 'w.name as workspace_name', 'w.timezone'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchFeed(db: Db, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('calendar_feeds')
    .set({ last_read_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
