import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { noteDelete } from '../../platform/db/deletions.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { loadAccount } from './load.ts';
import { deleteAccountRow } from './repository.ts';

/** Deletes the account with its contacts, rapport and timeline; the audit log keeps the record. */
export async function deleteAccount({ ctx, accountId }: { ctx: Ctx; accountId: string }) {
  authorize(ctx.actor, 'accounts:delete');
  await inTransaction(ctx, async (tx) => {
    const account = await loadAccount(tx, accountId);
    await deleteAccountRow(tx.db, tx.workspace.id, accountId);
    noteDelete();
    await recordChange(tx, {
      action: 'account.deleted',
      subject: { type: 'account', id: accountId },
      data: { name: account.name, domain: account.domain, contacts: account.contactsCount },
    });
  });
}
