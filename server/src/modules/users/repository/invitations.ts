import type { Db } from '../../../platform/context.ts';
import type { MembershipsTable } from '../../../platform/db/schema.ts';

type Role = MembershipsTable['role'];

// Invitations to a workspace (tenant rows); the token hash names its workspace.

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
