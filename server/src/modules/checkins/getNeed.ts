import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadNeedRow } from './load.ts';
import { presentNeed } from './presenters.ts';

export async function getNeed({ ctx, needId }: { ctx: Ctx; needId: string }) {
  authorize(ctx.actor, 'work:read');
  return presentNeed(await loadNeedRow(ctx, needId));
}
