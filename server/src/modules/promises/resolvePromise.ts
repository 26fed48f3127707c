import { PromiseResolve } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, fieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { addHistory } from './history.ts';
import { ACTIVE_STATUSES, isActive, resolvedStatus } from './keeping.ts';
import { findPromise, loadPromise } from './load.ts';
import { updatePromiseIfStatus } from './repository.ts';

/**
 * Closes a promise: delivered (kept by its due day, late after it) or broken. Late and broken
 * promises raise their own events (`promise.late`, `promise.broken`) for health and playbooks.
 */
export async function resolvePromise({
  ctx,
  promiseId,
  input,
}: {
  ctx: Ctx;
  promiseId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PromiseResolve, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findPromise(tx, promiseId);
    if (!isActive(row.status)) throw conflict(`The promise is already ${row.status}; reopen it first`);
    const today = await workspaceToday(tx);
    const on = data.on ?? today;
    if (on > today) throw fieldError('on', 'must not be in the future');
    if (on < row.promised_on) throw fieldError('on', 'must not be before the day it was promised');
    const status = resolvedStatus(data.outcome, row.due_on, on);
    const now = tx.clock.now().toISOString();
    const changed = await updatePromiseIfStatus(tx.db, tx.workspace.id, promiseId, ACTIVE_STATUSES, {
      status,
      resolved_on: on,
      resolved_at: now,
      evidence: data.evidence ?? row.evidence,
      updated_at: now,
    });
    if (!changed) throw conflict('The promise changed meanwhile; reload it and try again');
    await addHistory(tx, promiseId, {
      kind: 'status',
      from_status: row.status,
      to_status: status,
      note:
        [data.note, data.evidence ? `Evidence: ${data.evidence}` : null].filter(Boolean).join('\n') || null,
    });
    const event = `promise.${status}`;
    await recordChange(tx, {
      action: event,
      subject: { type: 'promise', id: promiseId },
      data: {
        accountId: row.account_id,
        title: row.title,
        dueOn: row.due_on,
        on,
        ownerId: row.owner_id,
        note: data.note ?? null,
      },
    });
    return loadPromise(tx, promiseId);
  });
}
