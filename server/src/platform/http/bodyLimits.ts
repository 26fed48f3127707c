import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

/**
 * How large a request body may be, per family of routes. Anything larger is answered 413,
 * however much larger: the limit is checked against Content-Length first and while reading.
 */
export const BODY_LIMITS = {
  /** JSON for the API: the largest real body is a workspace logo (~150 KB as a data: URL). */
  json: 1024 * 1024,
  /** The share pages' and rating page's forms: a 4,000-character comment in any script, URL-encoded. */
  form: 64 * 1024,
} as const;

/**
 * Past this much, a refused body is not read to its end (see drainRequest): enough for any
 * honest mistake (a file several times a limit) without holding a connection open for long
 * for whoever sends junk.
 */
const DRAIN = { maxBytes: 16 * 1024 * 1024, maxMs: 15_000 };

export const isBodyTooLarge = (err: unknown): boolean =>
  (err as FastifyError | null)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE';

export function tooLarge(limitBytes: number, what = 'The request body'): DomainError {
  return new DomainError(
    'TOO_LARGE',
    `${what} is larger than ${size(limitBytes)}, the most this address takes`,
    {
      limitBytes,
    },
  );
}

/** The limit the refused route applied: its own, or the server's. */
export const routeBodyLimit = (req: FastifyRequest): number => req.routeOptions.bodyLimit ?? BODY_LIMITS.json;

/**
 * Reads the rest of a refused body and throws it away before the answer is sent. Answering
 * first and closing the connection (what Fastify does after a 413, and Node for a client that
 * asked to close) resets it under a client still sending, and many clients then report a
 * broken connection instead of the answer they were sent. A body far past any limit, or one
 * that trickles in, is cut off after a bound. Nothing to do when the body was read already.
 */
export function drainRequest(raw: IncomingMessage, bounds = DRAIN): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  if (Number(raw.headers['content-length']) > bounds.maxBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', done);
      raw.off('error', done);
      raw.off('close', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > bounds.maxBytes) done();
    };
    const timer = setTimeout(done, bounds.maxMs);
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('error', done);
    raw.once('close', done);
    raw.resume();
  });
}

/** "500 KB", "1 MB": limits as people read them (binary units, as the limits are set). */
function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}
