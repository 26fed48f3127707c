import { FeatureCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { deleteFeatureRow, insertFeature, listFeatureRows } from './repository/index.ts';

/**
 * The workspace's feature list: which events mean "this account adopted that feature".
 * Adoption is read from the rollups, so a feature added today shows past adoption too.
 */
const present = (r: { id: string; name: string; event: string; created_at: string }) => ({
  id: r.id,
  name: r.name,
  event: r.event,
  createdAt: r.created_at,
});

export async function listFeatures({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'usage:read');
  return { data: (await listFeatureRows(ctx.db, ctx.workspace.id)).map(present) };
}

export async function addFeature({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'usage:manage');
  const data = parseInput(FeatureCreate, input);
  return inTransaction(ctx, async (tx) => {
    const existing = await listFeatureRows(tx.db, tx.workspace.id);
    if (existing.some((f) => f.event === data.event))
      throw conflict(`The event "${data.event}" is already a feature`);
    const row = {
      id: newId(),
      workspace_id: tx.workspace.id,
      name: data.name,
      event: data.event,
      created_at: tx.clock.now().toISOString(),
    };
    await insertFeature(tx.db, row);
    await recordChange(tx, {
      action: 'feature.added',
      subject: { type: 'feature', id: row.id },
      data: { name: data.name, event: data.event },
    });
    return present(row);
  });
}

export async function removeFeature({ ctx, featureId }: { ctx: Ctx; featureId: string }) {
  authorize(ctx.actor, 'usage:manage');
  await inTransaction(ctx, async (tx) => {
    if (!(await deleteFeatureRow(tx.db, tx.workspace.id, featureId))) throw notFound('Feature');
    await recordChange(tx, {
      action: 'feature.removed',
      subject: { type: 'feature', id: featureId },
      data: {},
    });
  });
}
