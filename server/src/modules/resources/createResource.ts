import { ResourceCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { presentResource } from './presenters.ts';
import { findResource, insertResource } from './repository.ts';

export async function createResource({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'resources:manage');
  const data = parseInput(ResourceCreate, input);
  return inTransaction(ctx, async (tx) => {
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertResource(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      kind: data.kind,
      title: data.title,
      url: data.url,
      owner_id: data.ownerId ?? null,
      // 72 random bits: short enough for a link in an email, too many to guess.
      slug: randomToken(9),
      created_at: now,
      updated_at: now,
      archived_at: null,
    });
    await recordChange(tx, {
      action: 'resource.created',
      subject: { type: 'resource', id },
      data: { title: data.title, kind: data.kind },
    });
    const row = await findResource(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('Resource');
    return presentResource(row, undefined, tx.baseUrl);
  });
}
