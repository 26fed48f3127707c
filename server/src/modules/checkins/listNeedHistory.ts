import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadNeedRow } from './load.ts';
import { presentNeedEvent } from './presenters.ts';
import { needEventRows } from './repository/index.ts';

/** How a need was heard and reassessed over time, oldest first. */
export async function listNeedHistory({ ctx, needId }: { ctx: Ctx; needId: string }) {
  authorize(ctx.actor, 'work:read');
  await loadNeedRow(ctx, needId);
  return { data: (await needEventRows(ctx.db, ctx.workspace.id, needId)).map(presentNeedEvent) };
}
