import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentCheckin } from './presenters.ts';
import { findCheckinRow, findNeedRow } from './repository/index.ts';

export async function loadCheckinRow(ctx: Pick<Ctx, 'db' | 'workspace'>, id: string) {
  const row = await findCheckinRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Check-in');
  return row;
}

/** One check-in of the workspace as the API shows it, or NOT_FOUND. */
export async function loadCheckin(ctx: Ctx, id: string) {
  const row = await loadCheckinRow(ctx, id);
  return presentCheckin(await workspaceToday(ctx))(row);
}

export async function loadNeedRow(ctx: Pick<Ctx, 'db' | 'workspace'>, id: string) {
  const row = await findNeedRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Need');
  return row;
}
