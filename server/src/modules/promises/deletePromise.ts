import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { ACTIVE_STATUSES, isActive } from './keeping.ts';
import { findPromise } from './load.ts';
import { deletePromiseIfStatus } from './repository.ts';

/**
 * For entries made by mistake, while the promise is still owed. A resolved one stays on the
 * ledger: deleting a broken promise would quietly raise its owner's keeping rate.
 */
export async function deletePromise({ ctx, promiseId }: { ctx: Ctx; promiseId: string }) {
  authorize(ctx.actor, 'work:write');
  await inTransaction(ctx, async (tx) => {
    const row = await findPromise(tx, promiseId);
    if (!isActive(row.status))
      throw conflict(`A ${row.status} promise stays on the ledger; reopen it to correct it`);
    if (!(await deletePromiseIfStatus(tx.db, tx.workspace.id, promiseId, ACTIVE_STATUSES)))
      throw conflict('The promise changed meanwhile; reload it and try again');
    await recordChange(tx, {
      action: 'promise.deleted',
      subject: { type: 'promise', id: promiseId },
      data: { accountId: row.account_id, title: row.title, status: row.status },
    });
  });
}
