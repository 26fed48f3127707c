import { hashToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx, Ctx } from '../../platform/context.ts';
import { addDays, todayIn } from '../../platform/dates.ts';
import { listCheckins } from '../checkins/index.ts';
import { planDatesForCalendar } from '../plans/index.ts';
import { listPromises } from '../promises/index.ts';
import { listTasks } from '../tasks/index.ts';
import { memberActor } from '../users/index.ts';
import { renderFeed } from './renderFeed.ts';
import { findFeedByHash, touchFeed } from './repository.ts';

const MAX = 200;

/**
 * The feed behind a secret link, read by a calendar app without a login. The link acts as its
 * user (only while they are an active member), and sees exactly what they would: their own
 * scheduled check-ins, promises still owed, open dated tasks, their open plan tasks, and the
 * milestones of the plans they run. Null when the link is unknown.
 */
export async function readCalendarFeed(base: BaseCtx, token: string): Promise<string | null> {
  const feed = await findFeedByHash(base.db, hashToken(token));
  if (!feed) return null;
  const actor = await memberActor(base.db, feed.workspace_id, feed.user_id);
  if (!actor) return null;
  const ctx: Ctx = { ...base, actor, workspace: { id: feed.workspace_id, name: feed.workspace_name } };
  const now = ctx.clock.now();
  const timeZone = feed.timezone || 'UTC';
  // Past items clutter a calendar; keep a month back so recent misses still show.
  const since = addDays(todayIn(timeZone, now), -31);
  const mine = { ownerId: feed.user_id, dueFrom: since, limit: MAX };
  const [checkins, promises, tasks, plans] = await Promise.all([
    listCheckins({ ctx, input: { ...mine, status: ['scheduled'] } }),
    listPromises({ ctx, input: { ...mine, active: true } }),
    listTasks({ ctx, input: { ...mine, status: ['open'] } }),
    planDatesForCalendar({ ctx, input: mine }),
  ]);
  await touchFeed(ctx.db, feed.workspace_id, feed.id, now.toISOString());
  return renderFeed(
    {
      checkins: checkins.data,
      promises: promises.data,
      tasks: tasks.data,
      planTasks: plans.tasks,
      milestones: plans.milestones,
    },
    { name: `Trust Circle · ${feed.workspace_name}`, baseUrl: ctx.baseUrl, now },
  );
}
