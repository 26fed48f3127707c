import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { presentApiKey } from './presenters.ts';
import { listApiKeyRows } from './repository.ts';

export async function listApiKeys({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'apikeys:manage');
  return { data: (await listApiKeyRows(ctx.db, ctx.workspace.id)).map(presentApiKey) };
}
