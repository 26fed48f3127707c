import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, PageQuery, Person, page, Text } from './common.ts';

export const TIMELINE_KINDS = ['note', 'call', 'meeting', 'email', 'system'] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** What a person can add by hand; `system` entries are written by the product itself. */
export const ManualTimelineKind = z.enum(['note', 'call', 'meeting', 'email']);

export const TimelineEntryCreate = z
  .object({
    kind: ManualTimelineKind.default('note'),
    title: OptionalText(200),
    body: Text(10_000),
    occurredAt: IsoDateTime.optional().describe('defaults to now'),
    contactId: Id.nullish(),
  })
  .strict()
  .meta({ id: 'TimelineEntryCreate' });
export type TimelineEntryCreate = z.input<typeof TimelineEntryCreate>;

export const TimelineEntry = z
  .object({
    id: Id,
    accountId: Id,
    kind: TimelineKind,
    title: z.string().nullable(),
    body: z.string(),
    occurredAt: IsoDateTime,
    contact: z.object({ id: Id, name: z.string() }).nullable(),
    author: Person.nullable(),
    event: z.string().nullable().describe('for system entries: what happened, e.g. account.stage_changed'),
    data: z.record(z.string(), z.unknown()).nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineQuery = PageQuery.extend({
  kind: TimelineKind.optional(),
});
export const TimelinePage = page(TimelineEntry).meta({ id: 'TimelinePage' });
