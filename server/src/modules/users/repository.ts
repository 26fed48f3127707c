import type { Db } from '../../platform/context.ts';
import type { MembershipsTable } from '../../platform/db/schema.ts';

type Role = MembershipsTable['role'];

// ── users (global: one person, many workspaces) ─────────────────────────────

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function emailIsTaken(db: Db, email: string): Promise<boolean> {
  return Boolean(await findUserByEmail(db, email.toLowerCase()));
}

export async function findUserById(db: Db, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  u: { id: string; email: string; name: string; passwordHash: string; now: string },
) {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email,
      name: u.name,
      password_hash: u.passwordHash,
      created_at: u.now,
      updated_at: u.now,
      last_login_at: null,
    })
    .execute();
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string, now: string) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

export async function touchLastLogin(db: Db, userId: string, now: string) {
  await db.updateTable('users').set({ last_login_at: now }).where('id', '=', userId).execute();
}

// ── memberships (tenant rows) ───────────────────────────────────────────────

export async function insertMembership(db: Db, workspaceId: string, userId: string, role: Role, now: string) {
  await db
    .insertInto('memberships')
    .values({
      workspace_id: workspaceId,
      user_id: userId,
      role,
      status: 'active',
      created_at: now,
      updated_at: now,
    })
    .execute();
}

const memberColumns = [
  'users.id as id',
  'users.name as name',
  'users.email as email',
  'users.last_login_at as last_login_at',
  'memberships.role as role',
  'memberships.status as status',
  'memberships.created_at as created_at',
] as const;

export type MemberRow = Awaited<ReturnType<typeof listMemberRows>>[number];

export async function listMemberRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(memberColumns)
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

export async function findMemberRow(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(memberColumns)
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}

export async function updateMembership(
  db: Db,
  workspaceId: string,
  userId: string,
  patch: { role?: Role; status?: 'active' | 'deactivated' },
  now: string,
) {
  await db
    .updateTable('memberships')
    .set({ ...patch, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countActiveAdmins(db: Db, workspaceId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The workspaces a person may enter, oldest membership first. */
export async function activeWorkspacesOf(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.id as id', 'workspaces.name as name', 'memberships.role as role'])
    .where('memberships.user_id', '=', userId)
    .where('memberships.status', '=', 'active')
    .orderBy('memberships.created_at')
    .execute();
}

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

// ── login failures (throttling) ─────────────────────────────────────────────

export async function insertLoginFailure(db: Db, f: { id: string; email: string; ip: string; at: string }) {
  await db.insertInto('login_failures').values(f).execute();
}

export async function loginFailureCounts(db: Db, email: string, ip: string, since: string) {
  const count = (q: ReturnType<typeof base>) =>
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const base = () => db.selectFrom('login_failures').where('at', '>=', since);
  const [pair, fromIp, oldest] = await Promise.all([
    count(base().where('email', '=', email).where('ip', '=', ip)),
    count(base().where('ip', '=', ip)),
    base()
      .select((eb) => eb.fn.min('at').as('at'))
      .where('email', '=', email)
      .where('ip', '=', ip)
      .executeTakeFirst(),
  ]);
  return {
    pair: Number(pair.n),
    ip: Number(fromIp.n),
    oldestPairFailure: (oldest?.at as string | null) ?? null,
  };
}

export async function clearLoginFailures(db: Db, email: string, ip: string) {
  await db.deleteFrom('login_failures').where('email', '=', email).where('ip', '=', ip).execute();
}

export async function deleteOldLoginFailures(db: Db, before: string) {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}

// ── invitations (tenant rows) ───────────────────────────────────────────────

export async function insertInvitation(
  db: Db,
  i: {
    id: string;
    workspaceId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string | null;
    expiresAt: string;
    now: string;
  },
) {
  await db
    .insertInto('invitations')
    .values({
      id: i.id,
      workspace_id: i.workspaceId,
      email: i.email,
      role: i.role,
      token_hash: i.tokenHash,
      invited_by: i.invitedBy,
      expires_at: i.expiresAt,
      accepted_at: null,
      revoked_at: null,
      created_at: i.now,
    })
    .execute();
}

const invitationColumns = [
  'invitations.id as id',
  'invitations.workspace_id as workspace_id',
  'invitations.email as email',
  'invitations.role as role',
  'invitations.expires_at as expires_at',
  'invitations.accepted_at as accepted_at',
  'invitations.revoked_at as revoked_at',
  'invitations.created_at as created_at',
  'inviter.id as inviter_id',
  'inviter.name as inviter_name',
] as const;

export type InvitationRow = Awaited<ReturnType<typeof listInvitationRows>>[number];

export async function listInvitationRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('invitations')
    .leftJoin('users as inviter', 'inviter.id', 'invitations.invited_by')
    .select(invitationColumns)
    .where('invitations.workspace_id', '=', workspaceId)
    .orderBy('invitations.created_at', 'desc')
    .execute();
}

export async function findInvitation(db: Db, workspaceId: string, invitationId: string) {
  return db
    .selectFrom('invitations')
    .leftJoin('users as inviter', 'inviter.id', 'invitations.invited_by')
    .select(invitationColumns)
    .where('invitations.workspace_id', '=', workspaceId)
    .where('invitations.id', '=', invitationId)
    .executeTakeFirst();
}

/** Looked up by the secret token's hash: the token itself names the workspace. */
export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .select([
      'invitations.id as id',
      'invitations.workspace_id as workspace_id',
      'workspaces.name as workspace_name',
      'invitations.email as email',
      'invitations.role as role',
      'invitations.expires_at as expires_at',
      'invitations.accepted_at as accepted_at',
      'invitations.revoked_at as revoked_at',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markInvitation(
  db: Db,
  workspaceId: string,
  invitationId: string,
  patch: { accepted_at?: string; revoked_at?: string },
) {
  await db
    .updateTable('invitations')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitationId)
    .execute();
}

export async function revokePendingInvitationsFor(db: Db, workspaceId: string, email: string, now: string) {
  await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

// ── password resets ─────────────────────────────────────────────────────────

export async function insertPasswordReset(
  db: Db,
  r: { id: string; userId: string; tokenHash: string; expiresAt: string; now: string },
) {
  await db
    .insertInto('password_resets')
    .values({
      id: r.id,
      user_id: r.userId,
      token_hash: r.tokenHash,
      expires_at: r.expiresAt,
      used_at: null,
      created_at: r.now,
    })
    .execute();
}

export async function countRecentResets(db: Db, userId: string, since: string): Promise<number> {
  const r = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPasswordReset(db: Db, tokenHash: string) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a reset used only if it was unused, so two concurrent uses cannot both succeed. */
export async function consumePasswordReset(db: Db, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
