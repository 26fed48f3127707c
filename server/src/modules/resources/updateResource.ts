import { ResourceUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { presentResource } from './presenters.ts';
import { findResource, updateResourceRow } from './repository.ts';
import { statsFor } from './stats.ts';

/** Edits a resource; archiving hides it from the catalog but keeps its uses and its link working. */
export async function updateResource({
  ctx,
  resourceId,
  input,
}: {
  ctx: Ctx;
  resourceId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'resources:manage');
  const data = parseInput(ResourceUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await findResource(tx.db, tx.workspace.id, resourceId);
    if (!before) throw notFound('Resource');
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    const now = tx.clock.now().toISOString();
    await updateResourceRow(tx.db, tx.workspace.id, resourceId, {
      ...(data.kind === undefined ? {} : { kind: data.kind }),
      ...(data.title === undefined ? {} : { title: data.title }),
      ...(data.url === undefined ? {} : { url: data.url }),
      ...(data.ownerId === undefined ? {} : { owner_id: data.ownerId }),
      ...(data.archived === undefined
        ? {}
        : { archived_at: data.archived ? (before.archived_at ?? now) : null }),
      updated_at: now,
    });
    await recordChange(tx, {
      action: 'resource.updated',
      subject: { type: 'resource', id: resourceId },
      data: { title: data.title ?? before.title, changed: Object.keys(data) },
    });
    const row = await findResource(tx.db, tx.workspace.id, resourceId);
    if (!row) throw notFound('Resource');
    const stats = await statsFor(tx.db, tx.workspace.id, [row.id], tx.clock.now());
    return presentResource(row, stats.get(row.id), tx.baseUrl);
  });
}
