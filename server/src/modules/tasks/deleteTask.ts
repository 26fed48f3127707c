import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { findTask } from './load.ts';
import { deleteTaskRow } from './repository.ts';

export async function deleteTask({ ctx, taskId }: { ctx: Ctx; taskId: string }) {
  authorize(ctx.actor, 'work:write');
  await inTransaction(ctx, async (tx) => {
    const row = await findTask(tx, taskId);
    await deleteTaskRow(tx.db, tx.workspace.id, taskId);
    await recordChange(tx, {
      action: 'task.deleted',
      subject: { type: 'task', id: taskId },
      data: { accountId: row.account_id, title: row.title },
    });
  });
}
