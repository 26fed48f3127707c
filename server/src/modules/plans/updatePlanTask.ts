import { PlanTaskUpdate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { findPlanTask } from './findPlanTask.ts';
import { loadTask } from './load.ts';
import { recordTaskChange } from './recordTaskChange.ts';
import { dependenciesOf, milestonesOf, replaceDependencies, tasksOf, updateTaskRow } from './repository.ts';
import { assertDependencies, assertMilestone, assertTaskOwner, settlePlan } from './rules.ts';
import { assertUnlocked, nextOwner, taskPatch } from './taskPatch.ts';

type Args = { ctx: Ctx; planId: string; taskId: string; input: unknown };

/** Edits a task or moves its status; one that waits on others cannot start or finish (409). */
export async function updatePlanTask({ ctx, planId, taskId, input }: Args) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanTaskUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const { plan, task } = await findPlanTask(tx, planId, taskId);
    const owner = nextOwner(task, data);
    await assertTaskOwner(tx, plan.account_id, owner);
    assertMilestone(data.milestoneId, await milestonesOf(tx.db, tx.workspace.id, planId));
    const tasks = await tasksOf(tx.db, tx.workspace.id, [planId]);
    if (data.dependsOn) assertDependencies(data.dependsOn, new Set(tasks.map((t) => t.id)), taskId);
    const dependsOn =
      data.dependsOn ??
      (await dependenciesOf(tx.db, tx.workspace.id, [taskId])).map((d) => d.depends_on_task_id);
    if (data.status !== task.status)
      assertUnlocked(
        data.status,
        tasks.filter((t) => dependsOn.includes(t.id)).map((t) => t.status),
      );
    const patch = taskPatch(task, data, owner, await workspaceToday(tx));
    const changed = Object.keys(patch);
    if (data.dependsOn) {
      await replaceDependencies(tx.db, tx.workspace.id, taskId, [...new Set(data.dependsOn)]);
      changed.push('dependencies');
    }
    if (changed.length === 0) return loadTask(tx, planId, taskId);
    await updateTaskRow(tx.db, tx.workspace.id, taskId, {
      ...patch,
      updated_at: tx.clock.now().toISOString(),
    });
    await settlePlan(tx, planId, plan.starts_on);
    await recordTaskChange(tx, {
      planId,
      accountId: plan.account_id,
      taskId,
      changed,
      title: patch.title ?? task.title,
      from: task.status,
      to: patch.status,
    });
    return loadTask(tx, planId, taskId);
  });
}
