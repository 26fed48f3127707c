import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { findInvitation, markInvitation } from './repository/index.ts';

export async function revokeInvitation({ ctx, invitationId }: { ctx: Ctx; invitationId: string }) {
  authorize(ctx.actor, 'members:manage');
  await inTransaction(ctx, async (tx) => {
    const inv = await findInvitation(tx.db, tx.workspace.id, invitationId);
    if (!inv) throw notFound('Invitation');
    if (inv.accepted_at) throw new DomainError('PRECONDITION_FAILED', 'This invitation was already accepted');
    if (inv.revoked_at) return;
    await markInvitation(tx.db, tx.workspace.id, invitationId, { revoked_at: tx.clock.now().toISOString() });
    await recordChange(tx, {
      action: 'invitation.revoked',
      subject: { type: 'invitation', id: invitationId },
      data: { email: inv.email },
    });
  });
}
