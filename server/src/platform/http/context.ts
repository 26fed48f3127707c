import type { FastifyRequest } from 'fastify';
import type { BaseCtx, Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';

/** The verb context for an authenticated request. */
export function requestCtx(req: FastifyRequest): Ctx {
  if (!req.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in or send an API key');
  const { platform } = req.server;
  return {
    workspace: req.principal.workspace,
    actor: req.principal.actor,
    db: platform.db,
    clock: platform.clock,
    log: req.log,
    requestId: req.id,
    baseUrl: platform.config.baseUrl,
  };
}

/** The context for public routes, before anyone is known. */
export function publicCtx(req: FastifyRequest): BaseCtx {
  const { platform } = req.server;
  return {
    db: platform.db,
    clock: platform.clock,
    log: req.log,
    requestId: req.id,
    baseUrl: platform.config.baseUrl,
  };
}

export const clientIp = (req: FastifyRequest): string => req.ip || 'unknown';
