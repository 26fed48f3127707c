import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where a cookie is sent and how long it lives; everything else is the same for every cookie. */
export type CookieScope = { path: string; maxAgeSeconds?: number; expires?: Date };

/**
 * The attributes of every cookie the server sets: HttpOnly (no script reads it), SameSite=Lax,
 * and Secure when the installation is reached over https: its TRUSTCIRCLE_BASE_URL says so, or
 * the request came over https (directly, or through a proxy the server trusts). Either is
 * enough: behind a TLS proxy that is not trusted the request looks like plain http, and an
 * unset base URL says nothing.
 */
export function cookieOptions(
  baseUrl: string,
  scope: CookieScope,
  overHttps = false,
): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: overHttps || baseUrl.startsWith('https://'),
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
  reply.setCookie(
    name,
    value,
    cookieOptions(req.server.platform.config.baseUrl, scope, req.protocol === 'https'),
  );
}

/** Removes a cookie; the browser matches it by name and path, so both must be the ones it was set with. */
export function clearCookie(req: FastifyRequest, reply: FastifyReply, name: string, path: string): void {
  reply.clearCookie(
    name,
    cookieOptions(req.server.platform.config.baseUrl, { path }, req.protocol === 'https'),
  );
}
