import { InvitationAccept } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { invitationStatus } from './presenters.ts';
import {
  findInvitationByTokenHash,
  findMemberRow,
  findUserByEmail,
  insertMembership,
  insertUser,
  markInvitation,
} from './repository/index.ts';
import { openSession, type SessionPolicy } from './sessions.ts';

type Client = { ip: string; userAgent: string | null; policy: SessionPolicy };

const GONE = 'This invitation link is no longer valid. Ask for a new one.';

/** What the invitation page shows before the person accepts. */
export async function lookupInvitation({ ctx, token }: { ctx: BaseCtx; token: string }) {
  const inv = await findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!inv || invitationStatus(inv, ctx.clock.now()) !== 'pending') throw new DomainError('NOT_FOUND', GONE);
  const existing = await findUserByEmail(ctx.db, inv.email);
  return {
    email: inv.email,
    role: inv.role,
    workspaceName: inv.workspace_name,
    hasAccount: Boolean(existing),
  };
}

/**
 * Accepts an invitation and signs the person in. Someone who already has an account (in
 * another workspace) proves it with their current password instead of choosing a new one.
 */
export async function acceptInvitation({
  ctx,
  input,
  client,
}: {
  ctx: BaseCtx;
  input: unknown;
  client: Client;
}) {
  const data = parseInput(InvitationAccept, input);
  const inv = await findInvitationByTokenHash(ctx.db, hashToken(data.token));
  if (!inv || invitationStatus(inv, ctx.clock.now()) !== 'pending') throw new DomainError('NOT_FOUND', GONE);
  const existing = await findUserByEmail(ctx.db, inv.email);
  if (existing && !(await verifyPassword(data.password, existing.password_hash))) {
    throw new DomainError('UNAUTHENTICATED', 'This email already has an account: enter its current password');
  }
  if (!existing && !data.name) {
    throw new DomainError('VALIDATION', 'name: tell us your name to create your account', {
      issues: [{ path: 'name', message: 'required for a new account' }],
    });
  }
  const passwordHash = existing ? null : await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const userId = existing?.id ?? newId();
    if (!existing && passwordHash) {
      await insertUser(tx.db, {
        id: userId,
        email: inv.email,
        name: data.name ?? inv.email,
        passwordHash,
        now,
      });
    }
    if (await findMemberRow(tx.db, inv.workspace_id, userId))
      throw new DomainError('CONFLICT', 'You are already a member');
    await insertMembership(tx.db, inv.workspace_id, userId, inv.role, now);
    await markInvitation(tx.db, inv.workspace_id, inv.id, { accepted_at: now });
    const name = existing?.name ?? data.name ?? inv.email;
    await recordChange(
      {
        ...tx,
        workspace: { id: inv.workspace_id, name: inv.workspace_name },
        actor: { type: 'user', userId, role: inv.role, name, sessionId: null },
      },
      {
        action: 'invitation.accepted',
        subject: { type: 'invitation', id: inv.id },
        data: { email: inv.email, role: inv.role },
      },
    );
    const session = await openSession(tx, { userId, workspaceId: inv.workspace_id, ...client });
    return { session, userId, workspaceId: inv.workspace_id };
  });
}
