import { PromiseRenegotiate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, fieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { addHistory } from './history.ts';
import { ACTIVE_STATUSES, isActive } from './keeping.ts';
import { findPromise, loadPromise } from './load.ts';
import { updatePromiseIfStatus } from './repository.ts';

/** New terms agreed with the customer: a new due day (and wording), kept in the history. */
export async function renegotiatePromise({
  ctx,
  promiseId,
  input,
}: {
  ctx: Ctx;
  promiseId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PromiseRenegotiate, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findPromise(tx, promiseId);
    if (!isActive(row.status)) throw conflict(`The promise is already ${row.status}; reopen it first`);
    if (data.dueOn < row.promised_on) throw fieldError('dueOn', 'must not be before the day it was promised');
    if (data.dueOn === row.due_on && (!data.title || data.title === row.title))
      throw conflict('Nothing changes: give a new due day or new terms');
    const changed = await updatePromiseIfStatus(tx.db, tx.workspace.id, promiseId, ACTIVE_STATUSES, {
      status: 'renegotiated',
      due_on: data.dueOn,
      ...(data.title ? { title: data.title } : {}),
      // A new date starts a new clock: the owner is told again if this one passes too.
      overdue_notified_on: null,
      updated_at: tx.clock.now().toISOString(),
    });
    if (!changed) throw conflict('The promise changed meanwhile; reload it and try again');
    const wording = data.title && data.title !== row.title ? `\nWas: “${row.title}”` : '';
    await addHistory(tx, promiseId, {
      kind: 'renegotiated',
      from_status: row.status,
      to_status: 'renegotiated',
      from_due_on: row.due_on,
      to_due_on: data.dueOn,
      note: data.note + wording,
    });
    await recordChange(tx, {
      action: 'promise.renegotiated',
      subject: { type: 'promise', id: promiseId },
      data: {
        accountId: row.account_id,
        title: data.title ?? row.title,
        from: row.due_on,
        to: data.dueOn,
        note: data.note,
      },
    });
    return loadPromise(tx, promiseId);
  });
}
