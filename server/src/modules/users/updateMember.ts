import { MemberUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentMember } from './presenters.ts';
import { countActiveAdmins, findMemberRow, revokeSessionsOf, updateMembership } from './repository/index.ts';

/** Changes a member's role or (de)activates them. A workspace always keeps one active admin. */
export async function updateMember({ ctx, userId, input }: { ctx: Ctx; userId: string; input: unknown }) {
  authorize(ctx.actor, 'members:manage');
  const patch = parseInput(MemberUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await findMemberRow(tx.db, tx.workspace.id, userId);
    if (!before) throw notFound('Member');
    const losesAdmin =
      before.role === 'admin' &&
      before.status === 'active' &&
      ((patch.role && patch.role !== 'admin') || patch.status === 'deactivated');
    if (losesAdmin && (await countActiveAdmins(tx.db, tx.workspace.id)) <= 1) {
      throw new DomainError('PRECONDITION_FAILED', 'The workspace needs at least one active admin');
    }
    const now = tx.clock.now().toISOString();
    await updateMembership(tx.db, tx.workspace.id, userId, patch, now);
    if (patch.status === 'deactivated') await revokeSessionsOf(tx.db, userId, now, tx.workspace.id);
    await recordChange(tx, {
      action: 'member.updated',
      subject: { type: 'user', id: userId },
      data: { before: { role: before.role, status: before.status }, after: patch },
    });
    const after = await findMemberRow(tx.db, tx.workspace.id, userId);
    if (!after) throw notFound('Member');
    return presentMember(after);
  });
}
