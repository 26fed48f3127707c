import type { PromiseItem } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentPromise } from './presenters.ts';
import { findPromiseRow, type PromiseRow } from './repository.ts';

export async function findPromise(ctx: Ctx, id: string): Promise<PromiseRow> {
  const row = await findPromiseRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Promise');
  return row;
}

export async function loadPromise(ctx: Ctx, id: string): Promise<PromiseItem> {
  return presentPromise(await findPromise(ctx, id), await workspaceToday(ctx));
}
