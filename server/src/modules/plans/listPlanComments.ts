import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { findPlanTask } from './findPlanTask.ts';
import { presentComment } from './presenters.ts';
import { commentsOf } from './repository.ts';

/** A task's comments, oldest first, as a conversation reads. */
export async function listPlanComments({
  ctx,
  planId,
  taskId,
}: {
  ctx: Ctx;
  planId: string;
  taskId: string;
}) {
  authorize(ctx.actor, 'work:read');
  await findPlanTask(ctx, planId, taskId);
  return { data: (await commentsOf(ctx.db, ctx.workspace.id, taskId)).map(presentComment) };
}
