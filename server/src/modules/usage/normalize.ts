/**
 * Turns one message of Segment's HTTP Tracking API into the event we store, or says why it
 * is rejected. Pure and allocation-light: it runs for every event on the ingestion hot path.
 * Rules follow Segment's spec: https://segment.com/docs/connections/spec/common/
 */
export const EVENT_TYPES = ['identify', 'track', 'group', 'page', 'screen', 'alias'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN_TYPES = new Set<unknown>(EVENT_TYPES);

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

// What SDKs send (`Date.toISOString()`) is kept as it is, without a Date round trip.
const CANONICAL =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Date.parse takes 31 February and rolls it over: such a day is not canonical. */
function dayExists(iso: string): boolean {
  const day = Number(iso.slice(8, 10));
  if (day <= 28) return true;
  const month = Number(iso.slice(5, 7));
  const year = Number(iso.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** An ISO timestamp between 1970 and 2100, or null. */
function isoDate(v: unknown): string | null {
  if (typeof v === 'string' && CANONICAL.test(v) && dayExists(v)) {
    const t = Date.parse(v);
    if (t >= EARLIEST && t < LATEST) return v;
  }
  return parseDate(v)?.toISOString() ?? null;
}

/**
 * Segment's rule: a message's own timestamp wins; without one, the time it happened is the
 * receive time corrected by the client's clock skew: receivedAt − (sentAt − originalTimestamp).
 * Returns the ISO time, or why it is rejected.
 */
export function eventTime(msg: Record<string, unknown>, ctx: BatchContext): { at: string } | string {
  if (msg.timestamp !== undefined && msg.timestamp !== null) {
    const at = isoDate(msg.timestamp);
    return at ? { at } : 'timestamp is not a valid date between 1970 and 2100';
  }
  const original = parseDate(msg.originalTimestamp);
  const sent = parseDate(msg.sentAt ?? ctx.sentAt);
  if (original && sent) {
    const derived = ctx.receivedAt.getTime() - (sent.getTime() - original.getTime());
    return derived >= EARLIEST && derived < LATEST
      ? { at: new Date(derived).toISOString() }
      : 'sentAt and originalTimestamp are too far apart';
  }
  return { at: (original ?? ctx.receivedAt).toISOString() };
}

/** Why a message is rejected, with what is known of it. */
function rejection(
  reason: string,
  type: unknown,
  messageId: string | null,
  payload: string,
  receivedAt: string,
): Rejection {
  return { reason, type: typeof type === 'string' ? type : null, messageId, payload, receivedAt };
}

// The receive time of a batch, as ISO text once per batch rather than once per event.
let lastReceived: Date | null = null;
let lastReceivedIso = '';
function receivedIso(ctx: BatchContext): string {
  if (ctx.receivedAt !== lastReceived) {
    lastReceived = ctx.receivedAt;
    lastReceivedIso = ctx.receivedAt.toISOString();
  }
  return lastReceivedIso;
}

export function normalizeMessage(raw: unknown, ctx: BatchContext): NormalizedEvent | Rejection {
  const payload = safeStringify(raw);
  const receivedAt = receivedIso(ctx);
  if (!isObject(raw)) return rejection('an event must be a JSON object', null, null, payload, receivedAt);
  const type = (ctx.type ?? raw.type) as EventType;
  const givenId = idString(raw.messageId);
  const reject = (reason: string) => rejection(reason, type, givenId, payload, receivedAt);
  if (payload.length > MAX_EVENT_BYTES)
    return reject(`the event is larger than 32 KB (${payload.length} bytes)`);
  if (!KNOWN_TYPES.has(type)) return reject(`type must be one of ${EVENT_TYPES.join(', ')}`);
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
    timestamp: when.at,
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
