import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { type OpenLink, recordShareActivity } from '../shareLinks/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { recordTaskChange } from './recordTaskChange.ts';
import { dependenciesOf, tasksOf, updateTaskRow } from './repository.ts';
import { settlePlan } from './rules.ts';
import { sharedTaskOf } from './sharedScope.ts';
import { assertUnlocked, nextOwner, taskPatch } from './taskPatch.ts';

/**
 * The customer marks one of their side's tasks done, or takes that back. Our side's tasks are
 * ours to close (409); a task still waiting on others cannot be finished (409).
 */
export async function actOnSharedTask(ctx: Ctx, link: OpenLink, taskId: string, to: 'done' | 'reopen') {
  return inTransaction(ctx, async (tx) => {
    const { plan, task } = await sharedTaskOf(tx, taskId);
    if (task.owner_side !== 'customer') throw conflict('Only your team’s tasks can be marked done here');
    const status = to === 'done' ? 'done' : 'not_started';
    if (task.status === status || (to === 'reopen' && task.status !== 'done')) return;
    const on = (await dependenciesOf(tx.db, tx.workspace.id, [taskId])).map((d) => d.depends_on_task_id);
    const tasks = await tasksOf(tx.db, tx.workspace.id, [plan.id]);
    assertUnlocked(
      status,
      tasks.filter((t) => on.includes(t.id)).map((t) => t.status),
    );
    const patch = taskPatch(task, { status }, nextOwner(task, {}), await workspaceToday(tx));
    await updateTaskRow(tx.db, tx.workspace.id, taskId, {
      ...patch,
      updated_at: tx.clock.now().toISOString(),
    });
    await settlePlan(tx, plan.id, plan.starts_on);
    await recordTaskChange(tx, {
      planId: plan.id,
      accountId: plan.account_id,
      taskId,
      changed: ['status'],
      title: task.title,
      from: task.status,
      to: status,
    });
    await recordShareActivity(tx, link, to === 'done' ? 'task_done' : 'task_reopened', task.title);
  });
}
