import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request protection for browser sessions. Cookies are SameSite=Lax; on top, a
 * write must come from our own origin: the Origin header (sent by every current browser on
 * POST/PATCH/DELETE) must be ours, and Sec-Fetch-Site must not say cross-site. Bearer API
 * keys are not ambient credentials, so they skip the check.
 */
export function checkSameOrigin(req: FastifyRequest, baseUrl: string): void {
  if (SAFE.has(req.method) || req.authVia === 'bearer') return;
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') throw new DomainError('FORBIDDEN', 'Cross-site requests are not allowed');
  const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
  if (!origin) {
    if (req.authVia === 'cookie') {
      throw new DomainError('FORBIDDEN', 'A signed-in write needs an Origin header (or use an API key)');
    }
    return;
  }
  const own = new Set([new URL(baseUrl).origin, `${req.protocol}://${req.host}`]);
  if (!own.has(origin)) throw new DomainError('FORBIDDEN', `Requests from ${origin} are not allowed`);
}

function refererOrigin(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}
