import type { Db } from '../../../platform/context.ts';
import type { MembershipsTable } from '../../../platform/db/schema.ts';

type Role = MembershipsTable['role'];

// People (global) and their memberships of workspaces (tenant rows).

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
