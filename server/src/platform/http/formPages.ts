import type { FastifyError, FastifyReply } from 'fastify';
import { BODY_LIMITS, drainRequest, isBodyTooLarge } from './bodyLimits.ts';
import { handleHttpError } from './errors.ts';
import type { App } from './types.ts';

/**
 * For a plugin of server-rendered pages with forms (share pages, the rating page): its routes
 * take bodies up to the form limit, and a body over it is answered 413 with `page()`, since the
 * person behind the form reads a page, not JSON. Every other error keeps the one mapping.
 */
export function limitFormBodies(plugin: App, page: () => string, headers: (reply: FastifyReply) => void) {
  plugin.addHook('onRoute', (route) => {
    route.bodyLimit ??= BODY_LIMITS.form;
  });
  plugin.setErrorHandler<FastifyError>(async (err, req, reply) => {
    if (!isBodyTooLarge(err)) return handleHttpError(err, req, reply);
    await drainRequest(req.raw);
    headers(reply);
    return reply.code(413).type('text/html; charset=utf-8').send(page());
  });
}
