import cors from '@fastify/cors';
import { ErrorBody, IngestResult } from '@trustcircle/contracts';
import type { FastifyRequest } from 'fastify';
import { authenticateWriteKey } from '../../modules/sources/index.ts';
import { type EventType, ingestEvents } from '../../modules/usage/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { publicCtx } from '../../platform/http/context.ts';
import { EventRateLimiter } from '../../platform/http/rateLimit.ts';
import type { App } from '../../platform/http/types.ts';
import { decodeBody, MAX_BODY_BYTES } from './body.ts';

/** Each call of Segment's HTTP Tracking API, with the short path analytics.js uses. */
const CALLS: Array<[EventType | 'batch', string]> = [
  ['identify', 'i'],
  ['track', 't'],
  ['group', 'g'],
  ['page', 'p'],
  ['screen', 's'],
  ['alias', 'a'],
  ['batch', 'b'],
];

const DESCRIPTION = `Segment's HTTP Tracking API: point a Segment or RudderStack SDK at this server.
The write key of a source goes in Basic auth (user = write key, empty password) or as \`writeKey\` in the body.
Bodies are JSON, sent as application/json or text/plain, optionally gzip-compressed; at most 500 KB,
2,500 events a batch and 32 KB an event. A 200 means every accepted event is stored. An event that is
not valid on its own (no userId or anonymousId, a track without event, …) is rejected alone and listed
under GET /api/v1/ingestion/warnings; only a body that is not JSON, or a batch of more than 2,500 events,
gets a 400, and one over 500 KB
(on the wire or decompressed) a 413. Errors have the API's shape: \`{ "error": { "code", "message" } }\`.`;

/**
 * The ingestion transport, in its own plugin: it reads raw bodies (whatever their content
 * type says), answers cross-origin browsers, authenticates by write key and rate-limits
 * per workspace. The work is the usage module's `ingestEvents`.
 */
export async function registerIngestRoutes(app: App): Promise<void> {
  const limiter = new EventRateLimiter(app.platform.config.ingestEventsPerSecond);
  await app.register(async (sub) => {
    sub.removeAllContentTypeParsers();
    sub.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    await sub.register(cors, { origin: '*', methods: ['POST'], maxAge: 86_400, strictPreflight: false });
    for (const [type, short] of CALLS) {
      for (const path of [`/v1/${type}`, `/v1/${short}`]) {
        sub.post(
          path,
          {
            config: { public: true, crossOrigin: true },
            // Compressed bodies are smaller than they decode to, so Segment's limit holds on the wire.
            bodyLimit: MAX_BODY_BYTES,
            schema: {
              tags: ['Ingestion'],
              summary:
                path.length > 5 ? `${type} (Segment-compatible)` : `${type}, short path for analytics.js`,
              description: DESCRIPTION,
              hide: path.length <= 5,
              response: { 200: IngestResult, 400: ErrorBody, 401: ErrorBody, 413: ErrorBody, 429: ErrorBody },
            },
          },
          async (req) => {
            const body = await decodeBody(req.body as Buffer | undefined, req.headers['content-encoding']);
            const ctx = await sourceCtx(req, body);
            const size = type === 'batch' ? batchLength(body) : 1;
            const allowed = limiter.take(ctx.workspace.id, size);
            if (!allowed.ok) {
              throw new DomainError('LIMIT_EXCEEDED', 'Too many events for this workspace; retry later', {
                retryAfterSeconds: allowed.retryAfterSeconds,
              });
            }
            await ingestEvents({ ctx, body, type });
            return { success: true as const };
          },
        );
      }
    }
  });
}

async function sourceCtx(req: FastifyRequest, body: unknown): Promise<Ctx> {
  const base = publicCtx(req);
  const principal = await authenticateWriteKey(base, writeKeyOf(req, body));
  return { ...base, ...principal };
}

/** Basic auth with the write key as user and no password, or `writeKey` in the body. */
function writeKeyOf(req: FastifyRequest, body: unknown): string {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const user = decoded.split(':')[0] ?? '';
    if (user) return user;
  }
  const inBody = (body as { writeKey?: unknown } | null)?.writeKey;
  if (typeof inBody === 'string' && inBody) return inBody;
  throw new DomainError(
    'UNAUTHENTICATED',
    'Send the source write key as Basic auth user or as writeKey in the body',
  );
}

const batchLength = (body: unknown) => {
  const batch = (body as { batch?: unknown } | null)?.batch;
  return Array.isArray(batch) ? Math.max(1, batch.length) : 1;
};
