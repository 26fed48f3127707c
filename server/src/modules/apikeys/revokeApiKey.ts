import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { findApiKey, revokeApiKeyRow } from './repository.ts';

/** Revokes a key; the very next request with it is refused. */
export async function revokeApiKey({ ctx, apiKeyId }: { ctx: Ctx; apiKeyId: string }) {
  authorize(ctx.actor, 'apikeys:manage');
  await inTransaction(ctx, async (tx) => {
    const key = await findApiKey(tx.db, tx.workspace.id, apiKeyId);
    if (!key) throw notFound('API key');
    if (key.revoked_at) return;
    await revokeApiKeyRow(tx.db, tx.workspace.id, apiKeyId, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'apikey.revoked',
      subject: { type: 'api_key', id: apiKeyId },
      data: { name: key.name },
    });
  });
}
