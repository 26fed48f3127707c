import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { noteDelete } from '../../platform/db/deletions.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { loadContact } from './load.ts';
import { deleteContactRow } from './repository.ts';

export async function deleteContact({ ctx, contactId }: { ctx: Ctx; contactId: string }) {
  authorize(ctx.actor, 'contacts:write');
  await inTransaction(ctx, async (tx) => {
    const contact = await loadContact(tx, contactId);
    await deleteContactRow(tx.db, tx.workspace.id, contactId);
    noteDelete();
    await recordChange(tx, {
      action: 'contact.deleted',
      subject: { type: 'contact', id: contactId },
      data: { accountId: contact.accountId, name: contact.name },
    });
  });
}
