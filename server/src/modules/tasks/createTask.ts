import { TaskCreate, type TaskSource } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { assertActiveMember } from '../users/index.ts';
import { loadTask } from './load.ts';
import { insertTask } from './repository.ts';

/**
 * A task for a team member. People create `manual` tasks; other parts of the product (a
 * playbook, a detractor's survey answer) pass their own source and what it refers to.
 */
export async function createTask({
  ctx,
  input,
  source = { kind: 'manual', ref: null },
}: {
  ctx: Ctx;
  input: unknown;
  source?: { kind: TaskSource; ref: string | null };
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(TaskCreate, input);
  return inTransaction(ctx, async (tx) => {
    if (data.accountId) await loadNamedAccount(tx, data.accountId);
    const ownerId = data.ownerId === undefined ? actingUserId(tx.actor) : data.ownerId;
    await assertActiveMember(tx, ownerId, 'ownerId');
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertTask(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: data.accountId ?? null,
      title: data.title,
      detail: data.detail,
      owner_id: ownerId ?? null,
      due_on: data.dueOn ?? null,
      priority: data.priority,
      source: source.kind,
      source_ref: source.ref,
      status: 'open',
      snoozed_until: null,
      done_at: null,
      created_by: actingUserId(tx.actor),
      created_at: now,
      updated_at: now,
    });
    await recordChange(tx, {
      action: 'task.created',
      subject: { type: 'task', id },
      data: {
        accountId: data.accountId ?? null,
        title: data.title,
        ownerId,
        dueOn: data.dueOn ?? null,
        source: source.kind,
      },
    });
    return loadTask(tx, id);
  });
}
