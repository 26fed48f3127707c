import { actorId, type Ctx } from '../../platform/context.ts';
import type { PromiseEventsTable } from '../../platform/db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { insertPromiseEvent } from './repository.ts';

type Entry = Pick<PromiseEventsTable, 'kind'> &
  Partial<Pick<PromiseEventsTable, 'from_status' | 'to_status' | 'from_due_on' | 'to_due_on' | 'note'>>;

/** One line in a promise's history, written in the verb's transaction. */
export async function addHistory(tx: Ctx, promiseId: string, entry: Entry) {
  await insertPromiseEvent(tx.db, {
    id: newId(),
    workspace_id: tx.workspace.id,
    promise_id: promiseId,
    kind: entry.kind,
    from_status: entry.from_status ?? null,
    to_status: entry.to_status ?? null,
    from_due_on: entry.from_due_on ?? null,
    to_due_on: entry.to_due_on ?? null,
    note: entry.note ?? null,
    actor_type: tx.actor.type,
    actor_id: actorId(tx.actor),
    at: tx.clock.now().toISOString(),
  });
}
