import { InvitationCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { parseInput } from '../../platform/validation.ts';
import { invitationMail } from './mails.ts';
import { presentInvitation } from './presenters.ts';
import {
  findInvitation,
  findMemberRow,
  findUserByEmail,
  insertInvitation,
  revokePendingInvitationsFor,
} from './repository/index.ts';

const VALID_DAYS = 7;

/** Invites a person by email; a new invitation to the same address replaces the pending one. */
export async function inviteMember({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'members:manage');
  const data = parseInput(InvitationCreate, input);
  return inTransaction(ctx, async (tx) => {
    const existingUser = await findUserByEmail(tx.db, data.email);
    if (existingUser && (await findMemberRow(tx.db, tx.workspace.id, existingUser.id))) {
      throw conflict(`${data.email} is already a member of this workspace`);
    }
    const now = tx.clock.now();
    await revokePendingInvitationsFor(tx.db, tx.workspace.id, data.email, now.toISOString());
    const token = randomToken();
    const id = newId();
    await insertInvitation(tx.db, {
      id,
      workspaceId: tx.workspace.id,
      email: data.email,
      role: data.role,
      tokenHash: hashToken(token),
      invitedBy: tx.actor.type === 'user' ? tx.actor.userId : null,
      expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000).toISOString(),
      now: now.toISOString(),
    });
    const inviter = tx.actor.type === 'user' ? tx.actor.name : 'An admin';
    await queueMail(
      tx,
      invitationMail({
        to: data.email,
        workspace: tx.workspace.name,
        inviter,
        role: data.role,
        url: `${tx.baseUrl}/invite?token=${encodeURIComponent(token)}`,
      }),
    );
    await recordChange(tx, {
      action: 'invitation.created',
      subject: { type: 'invitation', id },
      data: { email: data.email, role: data.role },
    });
    const row = await findInvitation(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('Invitation');
    return presentInvitation(row, now);
  });
}
