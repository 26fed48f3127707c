import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadCheckin } from './load.ts';

export async function getCheckin({ ctx, checkinId }: { ctx: Ctx; checkinId: string }) {
  authorize(ctx.actor, 'work:read');
  return loadCheckin(ctx, checkinId);
}
