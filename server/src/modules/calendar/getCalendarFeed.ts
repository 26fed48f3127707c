import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { feedOwner } from './feedOwner.ts';
import { activeFeedOf } from './repository.ts';

/** Whether the user has a working feed link, and when a calendar last read it. */
export async function getCalendarFeed({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'work:read');
  const feed = await activeFeedOf(ctx.db, ctx.workspace.id, feedOwner(ctx));
  return { active: !!feed, createdAt: feed?.created_at ?? null, lastReadAt: feed?.last_read_at ?? null };
}
