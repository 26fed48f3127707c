import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { forgetWriteKey } from './authenticateWriteKey.ts';
import { findSource, revokeSourceRow } from './repository.ts';

/** Revokes a source: its write key is refused from the next request on; its events stay. */
export async function revokeSource({ ctx, sourceId }: { ctx: Ctx; sourceId: string }) {
  authorize(ctx.actor, 'sources:manage');
  await inTransaction(ctx, async (tx) => {
    const source = await findSource(tx.db, tx.workspace.id, sourceId);
    if (!source) throw notFound('Source');
    if (source.revoked_at) return;
    await revokeSourceRow(tx.db, tx.workspace.id, sourceId, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'source.revoked',
      subject: { type: 'source', id: sourceId },
      data: { name: source.name },
    });
    forgetWriteKey(source.write_key);
  });
}
