import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { presentWorkspace } from './presenters.ts';
import { findWorkspace } from './repository.ts';

export async function getWorkspace({ ctx }: { ctx: Ctx }) {
  const row = await findWorkspace(ctx.db, ctx.workspace.id);
  if (!row) throw notFound('Workspace');
  return presentWorkspace(row);
}
