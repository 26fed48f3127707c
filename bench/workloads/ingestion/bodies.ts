/**
 * Ingestion bodies like a product backend sends: /v1/batch with 100 track events of about
 * 400 bytes each. Templates are built once; each request only swaps in a fresh message-id
 * prefix, so every event is new (a repeated messageId would be deduplicated, and cheap).
 */
export const EVENTS_PER_BATCH = 100;
export const GROUPS = 200;
export const USERS_PER_GROUP = 10;

const EVENTS = ['Report Exported', 'Dashboard Viewed', 'Alert Created', 'Invite Sent', 'Search Performed'];
const PREFIX = '__P__';

function event(g: number, u: number, i: number, at: string) {
  return {
    type: 'track',
    event: EVENTS[i % EVENTS.length],
    userId: `user-${g}-${u}`,
    messageId: `${PREFIX}-${i}`,
    timestamp: at,
    context: {
      groupId: `group-${g}`,
      library: { name: '@segment/analytics-node', version: '3.1.0' },
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    },
    properties: {
      format: 'csv',
      rows: 1000 + i,
      plan: 'growth',
      durationMs: 500 + i,
      path: `/app/reports/${i}`,
      sessionId: `session-${g}-${u}`,
    },
  };
}

/**
 * `count` body templates spread over groups and people, happening within the last hour: a
 * live product's traffic (a backfill of old events would be a different workload).
 */
export function bodyTemplates(count: number, now: Date): string[] {
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    const batch = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
      const g = (t * 7 + i) % GROUPS;
      const at = new Date(now.getTime() - ((t * 37 + i * 11) % 3600) * 1000).toISOString();
      return event(g, (t + i) % USERS_PER_GROUP, i, at);
    });
    out.push(JSON.stringify({ batch, sentAt: now.toISOString() }));
  }
  return out;
}

/** A template with its placeholder replaced: unique message ids for one request. */
export const fill = (template: string, unique: string) => template.replaceAll(PREFIX, unique);

/** One group call per group, so accounts exist before the measured load. */
export const groupCalls = () =>
  JSON.stringify({
    batch: Array.from({ length: GROUPS }, (_, g) => ({
      type: 'group',
      userId: `user-${g}-0`,
      groupId: `group-${g}`,
      messageId: `group-${g}`,
      traits: { name: `Bench Group ${g}`, plan: 'growth' },
    })),
  });

export const averageEventBytes = (template: string) => Math.round(template.length / EVENTS_PER_BATCH);
