import { SourceCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentSource } from './presenters.ts';
import { findSource, insertSource } from './repository.ts';

/**
 * Creates an event source. Its write key is stored as it is: like Segment's, it ships inside
 * browser code and only lets its holder send events, so the app keeps showing it.
 */
export async function createSource({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'sources:manage');
  const data = parseInput(SourceCreate, input);
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    await insertSource(tx.db, {
      id,
      workspaceId: tx.workspace.id,
      name: data.name,
      writeKey: randomToken(24),
      createdBy: actingUserId(tx.actor),
      now: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'source.created',
      subject: { type: 'source', id },
      data: { name: data.name },
    });
    const row = await findSource(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('Source');
    return presentSource(row);
  });
}
