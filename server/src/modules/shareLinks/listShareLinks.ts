import type { Ctx } from '../../platform/context.ts';
import { workspaceToday } from '../workspaces/index.ts';
import type { ShareTarget } from './mintShareLink.ts';
import { presentActivity, presentShareLink } from './presenters.ts';
import { activityOfSubject, linksOfSubject } from './repository.ts';

/** The links to a subject the caller has loaded and authorized, newest first. */
export async function linksOf(ctx: Ctx, target: Pick<ShareTarget, 'type' | 'id'>) {
  const today = await workspaceToday(ctx);
  const rows = await linksOfSubject(ctx.db, ctx.workspace.id, target.type, target.id);
  return { data: rows.map((r) => presentShareLink(r, today)) };
}

/** Who viewed and acted through a subject's links, newest first. */
export async function activityOf(ctx: Ctx, target: Pick<ShareTarget, 'type' | 'id'>, limit = 200) {
  const rows = await activityOfSubject(ctx.db, ctx.workspace.id, target.type, target.id, limit);
  return { data: rows.map(presentActivity) };
}
