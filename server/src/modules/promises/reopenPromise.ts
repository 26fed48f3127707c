import { PromiseReopen } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { addHistory } from './history.ts';
import { isActive } from './keeping.ts';
import { findPromise, loadPromise } from './load.ts';
import { updatePromiseIfStatus } from './repository.ts';

/** Undoes a resolution (recorded by mistake, or delivered and then found wanting). */
export async function reopenPromise({
  ctx,
  promiseId,
  input,
}: {
  ctx: Ctx;
  promiseId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PromiseReopen, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findPromise(tx, promiseId);
    if (isActive(row.status)) throw conflict('The promise is still open');
    const changed = await updatePromiseIfStatus(tx.db, tx.workspace.id, promiseId, [row.status], {
      status: 'open',
      resolved_on: null,
      resolved_at: null,
      // Open again, it is told again when its due day has passed.
      overdue_notified_on: null,
      updated_at: tx.clock.now().toISOString(),
    });
    if (!changed) throw conflict('The promise changed meanwhile; reload it and try again');
    await addHistory(tx, promiseId, {
      kind: 'status',
      from_status: row.status,
      to_status: 'open',
      note: data.note,
    });
    await recordChange(tx, {
      action: 'promise.reopened',
      subject: { type: 'promise', id: promiseId },
      data: { accountId: row.account_id, title: row.title, from: row.status, note: data.note },
    });
    return loadPromise(tx, promiseId);
  });
}
