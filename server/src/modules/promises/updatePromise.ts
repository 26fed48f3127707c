import { PromiseUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { addHistory } from './history.ts';
import { findPromise, loadPromise } from './load.ts';
import { assertParties } from './parties.ts';
import { updatePromiseRow } from './repository.ts';

const FIELDS = {
  title: 'title',
  detail: 'detail',
  kind: 'kind',
  ownerId: 'owner_id',
  contactId: 'contact_id',
  source: 'source',
} as const;

/** Corrects what was recorded (wording, owner, contact). A new due date is a renegotiation. */
export async function updatePromise({
  ctx,
  promiseId,
  input,
}: {
  ctx: Ctx;
  promiseId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PromiseUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findPromise(tx, promiseId);
    await assertParties(tx, row.account_id, { ownerId: data.ownerId, contactId: data.contactId });
    const patch: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const [key, column] of Object.entries(FIELDS) as [keyof typeof FIELDS, keyof typeof row][]) {
      const value = data[key];
      if (value === undefined || value === row[column]) continue;
      patch[column] = value;
      changed.push(key);
    }
    if (changed.length === 0) return loadPromise(tx, promiseId);
    await updatePromiseRow(tx.db, tx.workspace.id, promiseId, {
      ...patch,
      updated_at: tx.clock.now().toISOString(),
    });
    await addHistory(tx, promiseId, { kind: 'edited', note: `Changed ${changed.join(', ')}` });
    await recordChange(tx, {
      action: 'promise.updated',
      subject: { type: 'promise', id: promiseId },
      data: { accountId: row.account_id, changed },
    });
    return loadPromise(tx, promiseId);
  });
}
