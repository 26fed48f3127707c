import { ResourceListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentResource } from './presenters.ts';
import { findResource, listResourceRows } from './repository.ts';
import { statsFor } from './stats.ts';

/** The catalog with each resource's uses, reach and satisfaction. */
export async function listResources({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'resources:read');
  const q = parseInput(ResourceListQuery, input);
  const rows = await listResourceRows(ctx.db, ctx.workspace.id, q.archived === 'true');
  const stats = await statsFor(
    ctx.db,
    ctx.workspace.id,
    rows.map((r) => r.id),
    ctx.clock.now(),
  );
  return { data: rows.map((r) => presentResource(r, stats.get(r.id), ctx.baseUrl)) };
}

export async function getResource({ ctx, resourceId }: { ctx: Ctx; resourceId: string }) {
  authorize(ctx.actor, 'resources:read');
  const row = await findResource(ctx.db, ctx.workspace.id, resourceId);
  if (!row) throw notFound('Resource');
  const stats = await statsFor(ctx.db, ctx.workspace.id, [row.id], ctx.clock.now());
  return presentResource(row, stats.get(row.id), ctx.baseUrl);
}
