import type { Task } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentTask } from './presenters.ts';
import { findTaskRow, type TaskRow } from './repository.ts';

export async function findTask(ctx: Ctx, id: string): Promise<TaskRow> {
  const row = await findTaskRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Task');
  return row;
}

export async function loadTask(ctx: Ctx, id: string): Promise<Task> {
  return presentTask(await findTask(ctx, id), await workspaceToday(ctx));
}
