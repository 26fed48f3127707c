import type { FastifyRequest } from 'fastify';
import { authenticateApiKey } from '../../modules/apikeys/index.ts';
import { resolveSession, SESSION_COOKIE } from '../../modules/users/index.ts';
import { publicCtx } from '../../platform/http/context.ts';
import type { Authentication } from '../../platform/http/types.ts';

/**
 * Who is calling: an API key in `Authorization: Bearer`, or the web app's session cookie.
 * A bad key is an error (401); a stale cookie simply means "not signed in".
 */
export async function authenticate(req: FastifyRequest): Promise<Authentication | null> {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) {
    const principal = await authenticateApiKey(publicCtx(req), header.slice(7).trim());
    return { principal, via: 'bearer' };
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const principal = await resolveSession(publicCtx(req), token, req.server.platform.config.session);
  return principal ? { principal, via: 'cookie' } : null;
}
