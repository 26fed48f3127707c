import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { presentStageChange } from './presenters.ts';
import { findPosition, stageChangesOf } from './repository.ts';

/** An account's moves on the Trust Circle, newest first (a history is short: the latest 500). */
export async function listStageHistory({ ctx, accountId }: { ctx: Ctx; accountId: string }) {
  authorize(ctx.actor, 'accounts:read');
  if (!(await findPosition(ctx.db, ctx.workspace.id, accountId))) throw notFound('Account');
  const rows = await stageChangesOf(ctx.db, ctx.workspace.id, accountId, 500);
  return { data: rows.map(presentStageChange) };
}
