import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadTask } from './load.ts';

export async function getTask({ ctx, taskId }: { ctx: Ctx; taskId: string }) {
  authorize(ctx.actor, 'work:read');
  return loadTask(ctx, taskId);
}
