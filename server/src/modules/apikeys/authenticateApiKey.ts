import { hashToken } from '../../platform/auth/tokens.ts';
import type { Actor, BaseCtx, WorkspaceRef } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findApiKeyByHash, touchApiKey } from './repository.ts';

const TOUCH_EVERY_MS = 60_000;

/** Turns a bearer key into a principal; a wrong or revoked key is a 401, never anonymous. */
export async function authenticateApiKey(
  ctx: BaseCtx,
  key: string,
): Promise<{ workspace: WorkspaceRef; actor: Actor }> {
  const row = key.length < 200 ? await findApiKeyByHash(ctx.db, hashToken(key)) : undefined;
  if (!row || row.revoked_at)
    throw new DomainError('UNAUTHENTICATED', 'This API key is not valid (unknown or revoked)');
  const now = ctx.clock.now();
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS) {
    await touchApiKey(ctx.db, row.workspace_id, row.id, now.toISOString());
  }
  return {
    workspace: { id: row.workspace_id, name: row.workspace_name },
    actor: { type: 'apiKey', apiKeyId: row.id, scope: row.scope, name: row.name },
  };
}
