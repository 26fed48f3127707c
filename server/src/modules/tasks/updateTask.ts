import { TaskUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { assertActiveMember } from '../users/index.ts';
import { findTask, loadTask } from './load.ts';
import { updateTaskIfStatus } from './repository.ts';

const COLUMNS = {
  title: 'title',
  detail: 'detail',
  accountId: 'account_id',
  ownerId: 'owner_id',
  dueOn: 'due_on',
  priority: 'priority',
  status: 'status',
  snoozedUntil: 'snoozed_until',
} as const;

/** Edits, done / open again, and snoozing: only the fields given change; null clears. */
export async function updateTask({ ctx, taskId, input }: { ctx: Ctx; taskId: string; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(TaskUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findTask(tx, taskId);
    if (data.accountId) await loadNamedAccount(tx, data.accountId);
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    const patch: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, keyof typeof row][]) {
      const value = data[key];
      if (value === undefined || value === row[column]) continue;
      patch[column] = value;
      changed.push(key);
    }
    if (changed.length === 0) return loadTask(tx, taskId);
    const now = tx.clock.now().toISOString();
    if (data.status === 'done' && row.status !== 'done')
      Object.assign(patch, { done_at: now, snoozed_until: null });
    if (data.status === 'open' && row.status === 'done') patch.done_at = null;
    if (
      !(await updateTaskIfStatus(tx.db, tx.workspace.id, taskId, row.status, { ...patch, updated_at: now }))
    )
      throw conflict('The task changed meanwhile; reload it and try again');
    const completed = data.status === 'done' && row.status !== 'done';
    await recordChange(tx, {
      action: completed ? 'task.completed' : 'task.updated',
      subject: { type: 'task', id: taskId },
      data: { accountId: row.account_id, title: data.title ?? row.title, changed },
    });
    return loadTask(tx, taskId);
  });
}
