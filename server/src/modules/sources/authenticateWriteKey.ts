import type { Actor, BaseCtx, WorkspaceRef } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findSourceByWriteKey, touchSource } from './repository.ts';

export type SourcePrincipal = { workspace: WorkspaceRef; actor: Extract<Actor, { type: 'source' }> };

type Cached = { principal: SourcePrincipal | null; lastUsedAt: number; expires: number };

/**
 * Ingestion calls arrive hundreds of times a second with the same few keys, so a resolved
 * key is remembered for a few seconds. A revocation here takes effect at once; one made on
 * another server process takes effect within CACHE_MS.
 */
const CACHE_MS = 5_000;
const TOUCH_MS = 60_000;
const cache = new Map<string, Cached>();

export function forgetWriteKey(writeKey: string) {
  cache.delete(writeKey);
}

/** The source a write key belongs to; an unknown or revoked key is a 401. */
export async function authenticateWriteKey(ctx: BaseCtx, writeKey: string): Promise<SourcePrincipal> {
  const now = ctx.clock.now().getTime();
  let entry = cache.get(writeKey);
  if (!entry || entry.expires < now) {
    entry = await resolve(ctx, writeKey, now);
    if (cache.size > 10_000) cache.clear();
    cache.set(writeKey, entry);
  }
  if (!entry.principal) throw new DomainError('UNAUTHENTICATED', 'The write key is unknown or revoked');
  if (now - entry.lastUsedAt > TOUCH_MS) {
    entry.lastUsedAt = now;
    const { workspace, actor } = entry.principal;
    await touchSource(ctx.db, workspace.id, actor.sourceId, new Date(now).toISOString());
  }
  return entry.principal;
}

async function resolve(ctx: BaseCtx, writeKey: string, now: number): Promise<Cached> {
  const row = writeKey ? await findSourceByWriteKey(ctx.db, writeKey) : undefined;
  if (!row || row.revoked_at) return { principal: null, lastUsedAt: now, expires: now + CACHE_MS };
  return {
    principal: {
      workspace: { id: row.workspace_id, name: row.workspace_name },
      actor: { type: 'source', sourceId: row.id, name: row.name },
    },
    lastUsedAt: row.last_used_at ? Date.parse(row.last_used_at) : 0,
    expires: now + CACHE_MS,
  };
}
