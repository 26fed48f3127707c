import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, WorkspaceRef } from '../context.ts';
import type { IdempotencyScope } from '../idempotency/repository.ts';
import type { Platform } from '../services.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type Principal = { workspace: WorkspaceRef; actor: Actor };

export type Authentication = { principal: Principal; via: 'cookie' | 'bearer' };

/**
 * Resolves who is calling from the request's credentials. Supplied by the composition root
 * (it needs the users and API keys modules, which platform/ may not import). Returns null for
 * an anonymous request and throws UNAUTHENTICATED for a credential that is wrong or expired.
 */
export type Authenticator = (req: FastifyRequest) => Promise<Authentication | null>;

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
  interface FastifyRequest {
    principal: Principal | null;
    authVia: 'cookie' | 'bearer' | null;
    idempotency: { scope: IdempotencyScope } | null;
  }
  interface FastifyContextConfig {
    /** Routes anyone may call (setup, login, health). Everything else needs a principal. */
    public?: boolean;
    /**
     * Routes that take calls from any origin because they use no ambient credential (the
     * ingestion API, authenticated by write key): no session lookup, no same-origin check.
     */
    crossOrigin?: boolean;
  }
}
