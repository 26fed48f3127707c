import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { presentSource } from './presenters.ts';
import { listSourceRows } from './repository.ts';

export async function listSources({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'sources:manage');
  return { data: (await listSourceRows(ctx.db, ctx.workspace.id)).map(presentSource) };
}
