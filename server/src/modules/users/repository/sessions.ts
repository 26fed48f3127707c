import type { Db } from '../../../platform/context.ts';

// Sessions: the cookie's hash, who and which workspace, and when it ends.

// ── sessions ────────────────────────────────────────────────────────────────

export async function insertSession(
  db: Db,
  s: {
    id: string;
    userId: string;
    workspaceId: string;
    now: string;
    expiresAt: string;
    ip: string;
    userAgent: string | null;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      workspace_id: s.workspaceId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
      revoked_at: null,
    })
    .execute();
}

/** A session with the member and workspace behind it; the id is the hash of the cookie token. */
export async function findSessionWithMember(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('memberships', (j) =>
      j
        .onRef('memberships.user_id', '=', 'sessions.user_id')
        .onRef('memberships.workspace_id', '=', 'sessions.workspace_id'),
    )
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .select([
      'sessions.id as id',
      'sessions.user_id as user_id',
      'sessions.workspace_id as workspace_id',
      'sessions.last_seen_at as last_seen_at',
      'sessions.expires_at as expires_at',
      'sessions.revoked_at as revoked_at',
      'memberships.role as role',
      'memberships.status as status',
      'users.name as user_name',
      'workspaces.name as workspace_name',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string, now: string) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Db, sessionId: string, now: string) {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeSessionsOf(db: Db, userId: string, now: string, workspaceId?: string) {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (workspaceId) q = q.where('workspace_id', '=', workspaceId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('revoked_at', '<', now)]))
    .execute();
}
