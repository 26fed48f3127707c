import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where a cookie is sent and how long it lives; everything else is the same for every cookie. */
export type CookieScope = { path: string; maxAgeSeconds?: number; expires?: Date };

/**
 * The attributes of every cookie the server sets: HttpOnly (no script reads it), SameSite=Lax,
 * and Secure when the installation is reached over https. That is decided by
 * TRUSTCIRCLE_BASE_URL, not by the request: behind a TLS proxy that is not trusted, the request
 * looks like plain http and a cookie keyed on that would travel without Secure.
 */
export function cookieOptions(baseUrl: string, scope: CookieScope): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: baseUrl.startsWith('https://'),
    path: scope.path,
    ...(scope.maxAgeSeconds === undefined ? {} : { maxAge: scope.maxAgeSeconds }),
    ...(scope.expires === undefined ? {} : { expires: scope.expires }),
  };
}

export function setCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  scope: CookieScope,
): void {
  reply.setCookie(name, value, cookieOptions(req.server.platform.config.baseUrl, scope));
}

/** Removes a cookie; the browser matches it by name and path, so both must be the ones it was set with. */
export function clearCookie(req: FastifyRequest, reply: FastifyReply, name: string, path: string): void {
  reply.clearCookie(name, cookieOptions(req.server.platform.config.baseUrl, { path }));
}
