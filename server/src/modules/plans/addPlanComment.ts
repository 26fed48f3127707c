import { PlanCommentCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actorId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { findPlanTask } from './findPlanTask.ts';
import { presentComment } from './presenters.ts';
import { commentsOf, insertComment } from './repository.ts';

/** A plain-text comment on a task (stored as typed; escaped wherever it is shown). */
export async function addPlanComment({
  ctx,
  planId,
  taskId,
  input,
}: {
  ctx: Ctx;
  planId: string;
  taskId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanCommentCreate, input);
  return inTransaction(ctx, async (tx) => {
    const { plan } = await findPlanTask(tx, planId, taskId);
    const id = newId();
    await insertComment(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      task_id: taskId,
      author_type: tx.actor.type,
      author_id: actorId(tx.actor),
      body: data.body,
      created_at: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'plan_task.commented',
      subject: { type: 'plan_task', id: taskId },
      data: { planId, accountId: plan.account_id, commentId: id },
    });
    const all = await commentsOf(tx.db, tx.workspace.id, taskId);
    const made = all.find((c) => c.id === id);
    if (!made) throw new Error('comment vanished inside its own transaction');
    return presentComment(made);
  });
}
