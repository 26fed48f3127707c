import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { findShareLink, revokeLink } from './repository.ts';

/**
 * Revokes a link: its very next request answers 404, and visitors it let in lose access with
 * it. Revoking twice is harmless (the second changes nothing and records nothing).
 */
export async function revokeShareLink({ ctx, linkId }: { ctx: Ctx; linkId: string }) {
  authorize(ctx.actor, 'work:write');
  await inTransaction(ctx, async (tx) => {
    const link = await findShareLink(tx.db, tx.workspace.id, linkId);
    if (!link) throw notFound('Share link');
    if (!(await revokeLink(tx.db, tx.workspace.id, linkId, tx.clock.now().toISOString()))) return;
    await recordChange(tx, {
      action: 'share_link.revoked',
      subject: { type: link.subject_type, id: link.subject_id },
      data: { linkId },
    });
  });
}
