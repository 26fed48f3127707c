import type { Ctx } from '../../platform/context.ts';
import { revokeSession } from './repository/index.ts';

export async function logout({ ctx }: { ctx: Ctx }) {
  if (ctx.actor.type === 'user' && ctx.actor.sessionId) {
    await revokeSession(ctx.db, ctx.actor.sessionId, ctx.clock.now().toISOString());
  }
}
