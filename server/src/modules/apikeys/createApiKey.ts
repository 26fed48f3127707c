import { ApiKeyCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentApiKey } from './presenters.ts';
import { findApiKey, insertApiKey } from './repository.ts';

/** "tc_" marks our keys so secret scanners and people can recognise a leaked one. */
export const API_KEY_PREFIX = 'tc_';

/** Creates an API key. The key itself is returned only here; the database keeps its hash. */
export async function createApiKey({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'apikeys:manage');
  const data = parseInput(ApiKeyCreate, input);
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    await insertApiKey(tx.db, {
      id,
      workspaceId: tx.workspace.id,
      name: data.name,
      prefix: key.slice(0, 10),
      keyHash: hashToken(key),
      scope: data.scope,
      createdBy: tx.actor.type === 'user' ? tx.actor.userId : null,
      now: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'apikey.created',
      subject: { type: 'api_key', id },
      data: { name: data.name, scope: data.scope },
    });
    const row = await findApiKey(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('API key');
    return { ...presentApiKey(row), key };
  });
}
