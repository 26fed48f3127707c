import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Metrics } from '../metrics/registry.ts';
import type { Platform } from '../services.ts';
import { BODY_LIMITS } from './bodyLimits.ts';
import { checkSameOrigin } from './csrf.ts';
import { registerApiDocs } from './docs.ts';
import { handleHttpError } from './errors.ts';
import { beginIdempotent, finishIdempotent } from './idempotency.ts';
import { registerSpa } from './spa.ts';
import type { App, Authenticator } from './types.ts';

export type HttpDeps = {
  platform: Platform;
  metrics: Metrics;
  authenticate: Authenticator;
  /** Mounts every module's routes (api/rest does this). */
  routes: (app: App) => Promise<void> | void;
  webDistDir: string | null;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Share tokens and reset tokens travel in URLs; logs only ever see this redacted form. */
export const redactUrl = (url: string) =>
  url
    .replace(/\/s\/[^/?#]+/, '/s/[token]')
    .replace(/\/cal\/[^/?#]+/, '/cal/[token]')
    .replace(/\/u\/[^/?#]+/, '/u/[token]')
    .replace(/([?&](token|key|writeKey)=)[^&#]*/gi, '$1[redacted]');

export async function buildHttpApp(deps: HttpDeps): Promise<App> {
  const { platform, metrics } = deps;
  const app = Fastify({
    loggerInstance: platform.log,
    // We log one line per request ourselves, with the URL redacted (see onResponse).
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxyOption(platform.config.trustProxy),
    bodyLimit: BODY_LIMITS.json,
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Presenters are typed against the same schemas, so production just serializes; the test
  // suite turns validation on to catch a presenter that drifts from its schema.
  app.setSerializerCompiler(
    platform.config.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data),
  );
  app.setErrorHandler(handleHttpError);
  app.decorate('platform', platform);
  app.decorateRequest('principal', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('idempotency', null);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables in a style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: platform.config.baseUrl.startsWith('https://'),
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.routeOptions.config?.crossOrigin) return;
    const auth = await deps.authenticate(req);
    req.principal = auth?.principal ?? null;
    req.authVia = auth?.via ?? null;
    checkSameOrigin(req, platform.config.baseUrl);
    if (!req.principal && !req.routeOptions.config?.public && isApiRoute(req.routeOptions.url)) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in or send an API key (Authorization: Bearer <key>)');
    }
  });
  app.addHook('preHandler', async (req, reply) => {
    if (await beginIdempotent(req, reply)) return reply;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    await finishIdempotent(req, reply.statusCode, payload);
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    // Writes commit events; nudge this process's worker so their jobs start right away.
    if (req.method !== 'GET' && reply.statusCode < 400) platform.wakeWorker();
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    req.log[level](
      {
        method: req.method,
        url: redactUrl(req.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  await registerApiDocs(app, platform.config.baseUrl);
  await deps.routes(app);
  await registerSpa(app, deps.webDistDir);
  return app;
}

/** API routes need a principal unless marked public; the docs page is open to read. */
/** A hop count becomes Fastify's trust function: trust the nearest n proxies. */
const trustProxyOption = (v: boolean | number | string[]) =>
  typeof v === 'number' ? (_address: string, hop: number) => hop < v : v;

const isApiRoute = (url: string | undefined) =>
  Boolean(url?.startsWith('/api/') && !url.startsWith('/api/docs'));
