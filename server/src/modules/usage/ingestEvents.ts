import type { Ctx } from '../../platform/context.ts';
import { DomainError, forbidden, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import {
  type EventType,
  isRejection,
  type NormalizedEvent,
  normalizeMessage,
  type Rejection,
} from './normalize.ts';
import { rollUpAll } from './rollupRunner.ts';
import { drainWriter, writerFor } from './writer.ts';

/** Segment's limits: https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/#max-request-size */
export const MAX_BATCH_EVENTS = 2_500;
/** Beyond this many events waiting for the disk, callers are told to come back (429). */
const MAX_PENDING_EVENTS = 50_000;

/**
 * Waits until every accepted event of this process is committed, and every committed event
 * is counted in the rollups and account figures (shutdown, tests, demo).
 */
export async function drainIngestion(ctx: Pick<Ctx, 'db' | 'clock' | 'log'>) {
  await drainWriter(ctx.db);
  await rollUpAll(ctx.db, ctx.clock, ctx.log);
}

export type IngestOutcome = { accepted: number; rejected: number };

/**
 * Takes one Tracking API call (a single message, or `/v1/batch`), rejects bad events one
 * by one as warnings, and resolves only once everything is committed: the caller's 200
 * means "stored". Throws VALIDATION only for a body that is not a call at all.
 */
export async function ingestEvents({
  ctx,
  body,
  type,
}: {
  ctx: Ctx;
  body: unknown;
  type: EventType | 'batch';
}): Promise<IngestOutcome> {
  if (ctx.actor.type !== 'source') throw forbidden('Events are sent with a source write key');
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid('The body must be a JSON object');
  const envelope = body as Record<string, unknown>;
  // The write key is a credential: it is never stored with the event.
  const { writeKey: _key, ...message } = envelope;
  const messages = type === 'batch' ? envelope.batch : [message];
  if (!Array.isArray(messages)) throw invalid('A batch needs a "batch" array of events');
  if (messages.length > MAX_BATCH_EVENTS)
    throw invalid(`A batch holds at most ${MAX_BATCH_EVENTS} events (got ${messages.length})`);

  const writer = writerFor(ctx);
  if (writer.pending() > MAX_PENDING_EVENTS) {
    throw new DomainError('LIMIT_EXCEEDED', 'Ingestion is busy; retry shortly', { retryAfterSeconds: 1 });
  }
  const receivedAt = ctx.clock.now();
  const batchCtx = {
    receivedAt,
    sentAt: envelope.sentAt,
    ...(type === 'batch' ? {} : { type }),
    newMessageId: () => `tc-${newId()}`,
  };
  const events: NormalizedEvent[] = [];
  const rejections: Rejection[] = [];
  for (const m of messages) {
    const r = normalizeMessage(withBatchContext(m, envelope, type), batchCtx);
    if (isRejection(r)) rejections.push(r);
    else events.push(r);
  }
  await writer.submit(
    { ctx, sourceId: ctx.actor.sourceId, events, rejections },
    events.length + rejections.length,
  );
  return { accepted: events.length, rejected: rejections.length };
}

/** A batch's top-level `context` applies to each of its events (theirs wins field by field). */
function withBatchContext(m: unknown, envelope: Record<string, unknown>, type: EventType | 'batch'): unknown {
  const shared = envelope.context;
  if (type !== 'batch' || typeof shared !== 'object' || shared === null) return m;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return m;
  const own = (m as Record<string, unknown>).context;
  return { ...m, context: { ...shared, ...(typeof own === 'object' && own !== null ? own : {}) } };
}
