import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadPromise } from './load.ts';

export async function getPromise({ ctx, promiseId }: { ctx: Ctx; promiseId: string }) {
  authorize(ctx.actor, 'work:read');
  return loadPromise(ctx, promiseId);
}
