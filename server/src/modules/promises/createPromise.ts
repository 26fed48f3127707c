import { PromiseCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { fieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { addHistory } from './history.ts';
import { loadPromise } from './load.ts';
import { assertParties } from './parties.ts';
import { insertPromise } from './repository.ts';

/** Records a promise made to a customer. Called by the hand-off inside its own transaction too. */
export async function createPromise({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PromiseCreate, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadNamedAccount(tx, data.accountId);
    const ownerId = data.ownerId === undefined ? actingUserId(tx.actor) : data.ownerId;
    await assertParties(tx, account.id, { ownerId, contactId: data.contactId });
    const promisedOn = data.promisedOn ?? (await workspaceToday(tx));
    if (data.dueOn < promisedOn) {
      throw fieldError('dueOn', 'must not be before the day it was promised');
    }
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertPromise(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: account.id,
      title: data.title,
      detail: data.detail,
      kind: data.kind,
      owner_id: ownerId ?? null,
      contact_id: data.contactId ?? null,
      promised_on: promisedOn,
      due_on: data.dueOn,
      source: data.source,
      status: 'open',
      resolved_on: null,
      resolved_at: null,
      evidence: null,
      overdue_notified_on: null,
      created_by: actingUserId(tx.actor),
      created_at: now,
      updated_at: now,
    });
    await addHistory(tx, id, { kind: 'created', to_status: 'open', to_due_on: data.dueOn });
    await recordChange(tx, {
      action: 'promise.created',
      subject: { type: 'promise', id },
      data: { accountId: account.id, title: data.title, dueOn: data.dueOn, source: data.source, ownerId },
    });
    return loadPromise(tx, id);
  });
}
