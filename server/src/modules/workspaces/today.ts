import type { Ctx } from '../../platform/context.ts';
import { type Day, todayIn } from '../../platform/dates.ts';
import { findWorkspace } from './repository.ts';

/** The workspace's time zone (UTC when unset), which decides when a due day has passed. */
export async function workspaceTimeZone(
  ctx: Pick<Ctx, 'db'> & { workspace: Pick<Ctx['workspace'], 'id'> },
): Promise<string> {
  const row = await findWorkspace(ctx.db, ctx.workspace.id);
  return row?.timezone || 'UTC';
}

/** Today in the workspace's time zone: what is due today and what is overdue depend on it. */
export async function workspaceToday(
  ctx: Pick<Ctx, 'db' | 'clock'> & { workspace: Pick<Ctx['workspace'], 'id'> },
): Promise<Day> {
  return todayIn(await workspaceTimeZone(ctx), ctx.clock.now());
}
