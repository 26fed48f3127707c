import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, PageQuery, page, Text } from './common.ts';

// ── sources: where product events come from (one write key each) ──────────────────────────

export const SourceCreate = z
  .object({ name: Text(100) })
  .strict()
  .meta({ id: 'SourceCreate' });
export type SourceCreate = z.input<typeof SourceCreate>;

export const Source = z
  .object({
    id: Id,
    name: z.string(),
    writeKey: z
      .string()
      .describe('the Segment write key; it only lets its holder send events, so the app keeps showing it'),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;

// ── ingestion warnings: events rejected one by one, with their reason ───────────────────────

export const IngestionWarning = z
  .object({
    id: Id,
    reason: z.string(),
    type: z.string().nullable(),
    messageId: z.string().nullable(),
    source: z.object({ id: Id, name: z.string() }),
    receivedAt: IsoDateTime,
    payload: z.unknown().describe('the rejected event as it was received'),
  })
  .meta({ id: 'IngestionWarning' });
export type IngestionWarning = z.infer<typeof IngestionWarning>;

export const IngestionWarningQuery = PageQuery.extend({ sourceId: Id.optional() });
export const IngestionWarningPage = page(IngestionWarning).meta({ id: 'IngestionWarningPage' });
export type IngestionWarningPage = z.infer<typeof IngestionWarningPage>;

// ── features: the events that mean "this account adopted that feature" ─────────────────────

export const FeatureCreate = z
  .object({
    name: Text(100),
    event: Text(200).describe('the track event name, or "page:<name>" / "screen:<name>"'),
  })
  .strict()
  .meta({ id: 'FeatureCreate' });
export type FeatureCreate = z.input<typeof FeatureCreate>;

export const Feature = z
  .object({ id: Id, name: z.string(), event: z.string(), createdAt: IsoDateTime })
  .meta({ id: 'Feature' });
export type Feature = z.infer<typeof Feature>;

// ── an account's usage ─────────────────────────────────────────────────────────────────────

export const UsageQuery = z
  .object({
    from: IsoDate.optional().describe('first day (UTC); default 90 days before `to`'),
    to: IsoDate.optional().describe('last day (UTC); default today'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

const Trend = z
  .object({
    current: z.number().int().describe('events in the last 30 days up to `to`'),
    previous: z.number().int().describe('events in the 30 days before those'),
    change: z
      .number()
      .nullable()
      .describe('relative change, e.g. -0.25 for a fall of 25 %; null without a base'),
  })
  .meta({ id: 'UsageTrend' });

export const UsageUser = z
  .object({
    userKey: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    contactId: Id.nullable(),
    events: z.number().int(),
    activeDays: z.number().int(),
    lastSeenAt: IsoDate,
  })
  .meta({ id: 'UsageUser' });

export const AccountUsage = z
  .object({
    accountId: Id,
    from: IsoDate,
    to: IsoDate,
    totalEvents: z.number().int(),
    activeUsers: z
      .object({
        daily: z.number().int().describe('distinct users on `to`'),
        weekly: z.number().int().describe('distinct users in the 7 days up to `to`'),
        monthly: z.number().int().describe('distinct users in the 30 days up to `to`'),
      })
      .describe('distinct people, by userId or anonymousId'),
    lastSeenAt: IsoDateTime.nullable(),
    byEvent: z.array(z.object({ name: z.string(), count: z.number().int() })),
    byDay: z.array(z.object({ day: IsoDate, events: z.number().int(), users: z.number().int() })),
    trend: Trend,
    features: z.array(
      z.object({
        id: Id,
        name: z.string(),
        event: z.string(),
        adopted: z.boolean(),
        count: z.number().int(),
        firstUsed: IsoDate.nullable(),
        lastUsed: IsoDate.nullable(),
      }),
    ),
    topUsers: z.array(UsageUser).describe('the people who used the product most in the period'),
    leastUsers: z.array(UsageUser).describe('the people who used it least (but at least once)'),
  })
  .meta({ id: 'AccountUsage' });
export type AccountUsage = z.infer<typeof AccountUsage>;

export const IngestResult = z.object({ success: z.literal(true) });
