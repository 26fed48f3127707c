import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { deleteEntryRow, findEntryRow } from './repository.ts';

/** People may remove what people wrote; what the system recorded stays. */
export async function deleteTimelineEntry({ ctx, entryId }: { ctx: Ctx; entryId: string }) {
  authorize(ctx.actor, 'timeline:write');
  await inTransaction(ctx, async (tx) => {
    const entry = await findEntryRow(tx.db, tx.workspace.id, entryId);
    if (!entry) throw notFound('Timeline entry');
    if (entry.kind === 'system') throw new DomainError('FORBIDDEN', 'System entries cannot be deleted');
    await deleteEntryRow(tx.db, tx.workspace.id, entryId);
    await recordChange(tx, {
      action: 'timeline.entry_deleted',
      subject: { type: 'timeline_entry', id: entryId },
      data: { accountId: entry.account_id, kind: entry.kind },
    });
  });
}
