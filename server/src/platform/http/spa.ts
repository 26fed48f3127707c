import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { errorBody } from './errors.ts';
import type { App } from './types.ts';

const API_PREFIXES = ['/api/', '/v1/', '/s/', '/u/', '/healthz', '/readyz', '/metrics'];

/**
 * Serves the built web app. Hashed assets are cached for a year; any other GET that is not an
 * API path gets index.html so client-side routes survive a reload. Files are looked up per
 * request (wildcard), so a rebuilt app is served without restarting the server.
 */
export async function registerSpa(app: App, distDir: string | null) {
  const index = distDir ? path.join(distDir, 'index.html') : null;
  const hasApp = Boolean(index && existsSync(index));
  if (hasApp && distDir) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: false,
      // A folder (such as /) is not listed: it falls through to index.html below.
      allowedPath: (pathName) => !pathName.endsWith('/'),
      setHeaders: (reply, file) => {
        reply.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const isApi = API_PREFIXES.some((p) => req.url.startsWith(p)) || req.url.startsWith('/assets/');
    if ((req.method === 'GET' || req.method === 'HEAD') && !isApi) {
      if (hasApp) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply
        .code(503)
        .type('text/plain')
        .send('The web app is not built. Run `npm start` (it builds the app) or `npm run build`.');
    }
    return reply
      .code(404)
      .send(errorBody('NOT_FOUND', `No route for ${req.method} ${req.url.split('?')[0]}`));
  });
}
