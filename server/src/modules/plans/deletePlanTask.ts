import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { findPlanTask } from './findPlanTask.ts';
import { deleteTaskRow } from './repository.ts';
import { detachDueRules, settlePlan } from './rules.ts';

/**
 * Removes a task. What depended on it no longer waits for it; a task dated from it keeps the
 * date it had, now as an absolute one.
 */
export async function deletePlanTask({ ctx, planId, taskId }: { ctx: Ctx; planId: string; taskId: string }) {
  authorize(ctx.actor, 'work:write');
  await inTransaction(ctx, async (tx) => {
    const { plan, task } = await findPlanTask(tx, planId, taskId);
    await detachDueRules(tx, planId, taskId);
    await deleteTaskRow(tx.db, tx.workspace.id, taskId);
    await settlePlan(tx, planId, plan.starts_on);
    await recordChange(tx, {
      action: 'plan_task.deleted',
      subject: { type: 'plan_task', id: taskId },
      data: { planId, accountId: plan.account_id, title: task.title },
    });
  });
}
