import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCadenceDefaults } from './settings.ts';

/** The workspace's default check-in cadence per tier. */
export async function getCadenceDefaults({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'work:read');
  return readCadenceDefaults(ctx);
}
