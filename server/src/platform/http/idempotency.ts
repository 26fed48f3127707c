import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId } from '../context.ts';
import { DomainError } from '../errors.ts';
import { findKey, releaseKey, reserveKey, storeResponse, takeOverStale } from '../idempotency/repository.ts';

const STALE_MS = 60_000;

/**
 * Idempotency-Key on POST: the same key and body give the same answer and one effect; the same
 * key with another body is refused with 422. Keys are scoped to the caller and kept 24 hours.
 */
export async function beginIdempotent(req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const key = req.headers['idempotency-key'];
  if (req.method !== 'POST' || typeof key !== 'string' || !req.principal) return false;
  if (key.length < 1 || key.length > 255) {
    throw new DomainError('VALIDATION', 'Idempotency-Key must be 1 to 255 characters');
  }
  const { db, clock } = req.server.platform;
  const scope = {
    workspaceId: req.principal.workspace.id,
    principal: `${req.principal.actor.type}:${actorId(req.principal.actor) ?? ''}`,
    key,
  };
  const hash = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('base64url');
  const now = clock.now();
  if (await reserveKey(db, scope, hash, now.toISOString())) {
    req.idempotency = { scope };
    return false;
  }
  const existing = await findKey(db, scope);
  if (!existing)
    throw new DomainError('CONFLICT', 'This Idempotency-Key is being used right now; retry shortly');
  if (existing.request_hash !== hash && existing.status === 'done') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'This Idempotency-Key was already used with a different request; use a new key',
    );
  }
  if (existing.status === 'in_progress') {
    const staleBefore = new Date(now.getTime() - STALE_MS).toISOString();
    if (await takeOverStale(db, scope, hash, staleBefore, now.toISOString())) {
      req.idempotency = { scope };
      return false;
    }
    throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still in progress');
  }
  reply
    .code(existing.response_status ?? 200)
    .header('content-type', 'application/json; charset=utf-8')
    .header('idempotent-replayed', 'true')
    .send(existing.response_body ?? '');
  return true;
}

/** Stores the answer for replays; a server error frees the key so the client can retry. */
export async function finishIdempotent(req: FastifyRequest, status: number, payload: unknown) {
  if (!req.idempotency) return;
  const { db } = req.server.platform;
  const { scope } = req.idempotency;
  req.idempotency = null;
  if (status >= 500) await releaseKey(db, scope);
  else await storeResponse(db, scope, status, typeof payload === 'string' ? payload : '');
}
