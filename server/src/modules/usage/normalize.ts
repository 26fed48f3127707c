/**
 * Turns one message of Segment's HTTP Tracking API into the event we store, or says why it
 * is rejected. Pure and allocation-light: it runs for every event on the ingestion hot path.
 * Rules follow Segment's spec: https://segment.com/docs/connections/spec/common/
 */
export const EVENT_TYPES = ['identify', 'track', 'group', 'page', 'screen', 'alias'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MAX_EVENT_BYTES = 32 * 1024;

export type Traits = Record<string, unknown>;

export type NormalizedEvent = {
  messageId: string;
  type: EventType;
  /** track: the event name; page/screen: "page:<name>" / "screen:<name>"; else null */
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  /** "u:<userId>" or "a:<anonymousId>": one key for a person across calls */
  userKey: string;
  /** group: its groupId; other calls: context.groupId */
  groupId: string | null;
  previousId: string | null;
  traits: Traits;
  properties: Traits;
  timestamp: string;
  /** the message as received, stored for replays and the event log */
  payload: string;
  /** when the request carrying it arrived */
  receivedAt: string;
};

export type Rejection = {
  reason: string;
  type: string | null;
  messageId: string | null;
  payload: string;
  receivedAt: string;
};

export type BatchContext = {
  receivedAt: Date;
  /** sentAt of the batch envelope, used when a message has none */
  sentAt?: unknown;
  /** the type the endpoint implies (/v1/track …); batch messages carry their own */
  type?: EventType;
  /** generates ids for messages that came without one */
  newMessageId: () => string;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function idString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

// Dates both databases store: PostgreSQL has no year 0, JavaScript goes far beyond 9999.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function parseDate(v: unknown): Date | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const d = new Date(v);
  const t = d.getTime();
  return Number.isNaN(t) || t < EARLIEST || t >= LATEST ? null : d;
}

/**
 * Segment's rule: a message's own timestamp wins; without one, the time it happened is the
 * receive time corrected by the client's clock skew: receivedAt − (sentAt − originalTimestamp).
 */
export function eventTime(msg: Record<string, unknown>, ctx: BatchContext): Date | string {
  if (msg.timestamp !== undefined && msg.timestamp !== null) {
    return parseDate(msg.timestamp) ?? 'timestamp is not a valid date between 1970 and 2100';
  }
  const original = parseDate(msg.originalTimestamp);
  const sent = parseDate(msg.sentAt ?? ctx.sentAt);
  if (original && sent) {
    const derived = ctx.receivedAt.getTime() - (sent.getTime() - original.getTime());
    return derived >= EARLIEST && derived < LATEST
      ? new Date(derived)
      : 'sentAt and originalTimestamp are too far apart';
  }
  return original ?? ctx.receivedAt;
}

export function normalizeMessage(raw: unknown, ctx: BatchContext): NormalizedEvent | Rejection {
  const payload = safeStringify(raw);
  const receivedAt = ctx.receivedAt.toISOString();
  if (!isObject(raw)) {
    return { reason: 'an event must be a JSON object', type: null, messageId: null, payload, receivedAt };
  }
  const type = (ctx.type ?? raw.type) as EventType;
  const givenId = idString(raw.messageId);
  const reject = (reason: string): Rejection => ({
    reason,
    type: typeof type === 'string' ? type : null,
    messageId: givenId,
    payload,
    receivedAt,
  });
  if (payload.length > MAX_EVENT_BYTES)
    return reject(`the event is larger than 32 KB (${payload.length} bytes)`);
  if (!EVENT_TYPES.includes(type)) return reject(`type must be one of ${EVENT_TYPES.join(', ')}`);
  const userId = idString(raw.userId);
  const anonymousId = idString(raw.anonymousId);
  if (!userId && !anonymousId) return reject('userId or anonymousId is required');
  const context = isObject(raw.context) ? raw.context : {};
  const properties = isObject(raw.properties) ? raw.properties : {};
  const traits = isObject(raw.traits) ? raw.traits : isObject(context.traits) ? context.traits : {};
  let event: string | null = null;
  if (type === 'track') {
    if (typeof raw.event !== 'string' || raw.event.trim() === '')
      return reject('a track call needs an event name');
    event = raw.event.trim().slice(0, 200);
  } else if (type === 'page' || type === 'screen') {
    const name =
      typeof raw.name === 'string' && raw.name.trim()
        ? raw.name.trim()
        : typeof properties.name === 'string'
          ? properties.name
          : '';
    event = `${type}:${name.slice(0, 190) || 'unnamed'}`;
  }
  const groupId = type === 'group' ? idString(raw.groupId) : idString(context.groupId);
  if (type === 'group' && !groupId) return reject('a group call needs a groupId');
  const previousId = type === 'alias' ? idString(raw.previousId) : null;
  if (type === 'alias' && (!previousId || !userId))
    return reject('an alias call needs previousId and userId');
  const when = eventTime(raw, ctx);
  if (typeof when === 'string') return reject(when);
  return {
    messageId: givenId ?? ctx.newMessageId(),
    type,
    event,
    userId,
    anonymousId,
    userKey: userId ? `u:${userId}` : `a:${anonymousId}`,
    groupId,
    previousId,
    traits,
    properties,
    timestamp: when.toISOString(),
    payload,
    receivedAt,
  };
}

export const isRejection = (r: NormalizedEvent | Rejection): r is Rejection => 'reason' in r;

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return '"<unserializable>"';
  }
}
