import type { Ctx } from '../../platform/context.ts';
import { DomainError, fieldError, notFound } from '../../platform/errors.ts';
import { findTemplateRow, type TemplateRow } from './repository.ts';

/** One template of the caller's workspace; another workspace's template is not found. */
export async function findTemplate(ctx: Pick<Ctx, 'db' | 'workspace'>, id: string): Promise<TemplateRow> {
  const row = await findTemplateRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Plan template');
  return row;
}

/** A template named in a request body: anything but one of this workspace's is bad input (400). */
export async function findNamedTemplate(
  ctx: Pick<Ctx, 'db' | 'workspace'>,
  id: string,
  field = 'templateId',
) {
  try {
    return await findTemplate(ctx, id);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND')
      throw fieldError(field, 'no such plan template in this workspace');
    throw e;
  }
}
