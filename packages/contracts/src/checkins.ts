import { z } from 'zod';
import { Account, TIERS } from './accounts.ts';
import {
  AccountRef,
  csv,
  Id,
  IsoDate,
  IsoDateTime,
  OptionalText,
  PageQuery,
  Person,
  page,
  QueryBool,
  Text,
  WorkListFilters,
} from './common.ts';
import { RapportFact } from './contacts.ts';
import { PromiseSchema } from './promises.ts';
import { TimelineEntry } from './timeline.ts';
import { AccountUsage } from './usage.ts';

// ── cadence ─────────────────────────────────────────────────────────────────

export const CHECKIN_CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'none'] as const;
export const CheckinCadence = z.enum(CHECKIN_CADENCES);
export type CheckinCadence = z.infer<typeof CheckinCadence>;

/** The keys of the workspace defaults: each tier, and `untiered` for accounts without one. */
export const CADENCE_TIER_KEYS = [...TIERS, 'untiered'] as const;
export type CadenceTierKey = (typeof CADENCE_TIER_KEYS)[number];

export const CheckinCadenceDefaults = z
  .object({
    strategic: CheckinCadence,
    enterprise: CheckinCadence,
    growth: CheckinCadence,
    starter: CheckinCadence,
    untiered: CheckinCadence.describe('accounts without a tier'),
  })
  .meta({ id: 'CheckinCadenceDefaults' });
export type CheckinCadenceDefaults = z.infer<typeof CheckinCadenceDefaults>;

export const CheckinCadenceDefaultsUpdate = CheckinCadenceDefaults.partial()
  .strict()
  .describe('only the tiers given change')
  .meta({ id: 'CheckinCadenceDefaultsUpdate' });
export type CheckinCadenceDefaultsUpdate = z.input<typeof CheckinCadenceDefaultsUpdate>;

export const AccountCadenceSet = z
  .object({
    cadence: CheckinCadence.nullable().describe("the account's own cadence; null follows its tier's default"),
  })
  .strict()
  .meta({ id: 'AccountCadenceSet' });
export type AccountCadenceSet = z.input<typeof AccountCadenceSet>;

export const AccountCadence = z
  .object({
    accountId: Id,
    cadence: CheckinCadence.describe('the cadence in force'),
    override: CheckinCadence.nullable().describe("the account's own cadence, when it has one"),
    tierDefault: CheckinCadence.describe("the workspace's default for the account's tier"),
    lastHeldOn: IsoDate.nullable().describe('the day of the latest check-in held'),
    suggestedOn: IsoDate.nullable().describe('when the next check-in falls due by the cadence'),
    nextScheduled: z
      .object({ id: Id, scheduledOn: IsoDate })
      .nullable()
      .describe('the check-in already scheduled, if any'),
  })
  .meta({ id: 'AccountCadence' });
export type AccountCadence = z.infer<typeof AccountCadence>;

// ── check-ins ───────────────────────────────────────────────────────────────

export const CHECKIN_STATUSES = ['scheduled', 'done', 'skipped'] as const;
export const CheckinStatus = z.enum(CHECKIN_STATUSES);
export type CheckinStatus = z.infer<typeof CheckinStatus>;

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const Sentiment = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof Sentiment>;

export const AttendeeRef = z
  .object({ type: z.enum(['contact', 'user']), id: Id })
  .strict()
  .meta({ id: 'CheckinAttendeeRef' });
export type AttendeeRef = z.infer<typeof AttendeeRef>;

export const Attendee = z
  .object({ type: z.enum(['contact', 'user']), id: Id, name: z.string() })
  .meta({ id: 'CheckinAttendee' });
export type Attendee = z.infer<typeof Attendee>;

export const CheckinSchedule = z
  .object({
    accountId: Id,
    scheduledOn: IsoDate,
    ownerId: Id.nullish().describe("who holds it (default: the account's owner, else you)"),
  })
  .strict()
  .meta({
    id: 'CheckinSchedule',
    examples: [{ accountId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10', scheduledOn: '2026-07-01' }],
  });
export type CheckinSchedule = z.input<typeof CheckinSchedule>;

export const CheckinUpdate = z
  .object({
    scheduledOn: IsoDate.optional().describe('reschedule (only while scheduled)'),
    ownerId: Id.nullish(),
    // .optional() so that a PATCH without notes leaves them (OptionalText alone turns absent into null).
    notes: OptionalText(20_000).optional().describe('correct the notes (only once held or skipped)'),
    sentiment: Sentiment.optional().describe('correct the sentiment (only once held)'),
  })
  .strict()
  .meta({ id: 'CheckinUpdate' });
export type CheckinUpdate = z.input<typeof CheckinUpdate>;

export const NEED_PRIORITIES = ['low', 'medium', 'high'] as const;
export const NeedPriority = z.enum(NEED_PRIORITIES);
export type NeedPriority = z.infer<typeof NeedPriority>;

/** open: stated; being_addressed: someone works on it; met: achieved; dropped: no longer wanted. */
export const NEED_STATUSES = ['open', 'being_addressed', 'met', 'dropped'] as const;
export const NeedStatus = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof NeedStatus>;
export const ACTIVE_NEED_STATUSES = ['open', 'being_addressed'] as const satisfies readonly NeedStatus[];

export const NEED_SOURCES = ['checkin', 'survey', 'support', 'meeting', 'sales_handoff', 'other'] as const;
export const NeedSource = z.enum(NEED_SOURCES);
export type NeedSource = z.infer<typeof NeedSource>;

export const NeedReassessment = z
  .object({
    needId: Id,
    status: NeedStatus.describe('where the need stands now (the same status to confirm it)'),
    note: OptionalText(2000),
  })
  .strict()
  .meta({ id: 'NeedReassessment' });
export type NeedReassessment = z.input<typeof NeedReassessment>;

export const NeedDraft = z
  .object({
    title: Text(300).describe('what the customer needs or wants to achieve'),
    detail: OptionalText(4000),
    priority: NeedPriority.default('medium'),
  })
  .strict()
  .meta({ id: 'NeedDraft' });
export type NeedDraft = z.input<typeof NeedDraft>;

export const CheckinCompletion = z
  .object({
    heldOn: IsoDate.optional().describe('the day it was held (default: today; not in the future)'),
    attendees: z.array(AttendeeRef).max(50).default([]).describe("the account's contacts and team members"),
    notes: OptionalText(20_000),
    sentiment: Sentiment,
    needs: z.array(NeedReassessment).max(200).default([]).describe("the reassessment of the account's needs"),
    newNeeds: z.array(NeedDraft).max(50).default([]).describe('needs heard for the first time'),
    mentionedFactIds: z
      .array(Id)
      .max(200)
      .default([])
      .describe('rapport facts flagged "mention at next check-in" that were mentioned: the flag is cleared'),
    nextOn: IsoDate.nullish().describe('the day of the next check-in (default: from the cadence)'),
  })
  .strict()
  .meta({
    id: 'CheckinCompletion',
    examples: [
      {
        heldOn: '2026-06-02',
        attendees: [{ type: 'contact', id: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e11' }],
        notes: 'Rollout to the second team is blocked on SSO.',
        sentiment: 'neutral',
        needs: [{ needId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e12', status: 'being_addressed' }],
        newNeeds: [{ title: 'SSO with Okta', priority: 'high' }],
      },
    ],
  });
export type CheckinCompletion = z.input<typeof CheckinCompletion>;

export const CheckinSkip = z
  .object({ reason: Text(1000).describe('why it did not happen') })
  .strict()
  .meta({ id: 'CheckinSkip' });
export type CheckinSkip = z.input<typeof CheckinSkip>;

export const Checkin = z
  .object({
    id: Id,
    account: AccountRef,
    owner: Person.nullable(),
    scheduledOn: IsoDate,
    status: CheckinStatus,
    heldOn: IsoDate.nullable(),
    attendees: z.array(Attendee),
    notes: z.string().nullable().describe('what was said; for a skipped check-in, why it was skipped'),
    sentiment: Sentiment.nullable(),
    overdue: z.boolean().describe('still scheduled and its day has passed (in the workspace time zone)'),
    daysOverdue: z.number().int().min(0),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Checkin' });
export type Checkin = z.infer<typeof Checkin>;

export const CHECKIN_SORTS = ['scheduledOn', '-scheduledOn'] as const;

export const CheckinListQuery = PageQuery.extend({
  ...WorkListFilters,
  status: csv(CHECKIN_STATUSES).optional().describe('one or more statuses, comma-separated'),
  sort: z.enum(CHECKIN_SORTS).default('scheduledOn').describe('by scheduled day; "-" for newest first'),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type CheckinListQuery = z.input<typeof CheckinListQuery>;
export const CheckinPage = page(Checkin).meta({ id: 'CheckinPage' });
export type CheckinPage = z.infer<typeof CheckinPage>;

export const CompletedCheckin = z
  .object({
    checkin: Checkin,
    next: Checkin.nullable().describe(
      'the next check-in, scheduled from the cadence (or the one already due)',
    ),
    createdNeedIds: z.array(Id),
  })
  .meta({ id: 'CompletedCheckin' });
export type CompletedCheckin = z.infer<typeof CompletedCheckin>;

export const SkippedCheckin = z
  .object({ checkin: Checkin, next: Checkin.nullable().describe('the next check-in on the cadence, if any') })
  .meta({ id: 'SkippedCheckin' });
export type SkippedCheckin = z.infer<typeof SkippedCheckin>;

// ── needs ───────────────────────────────────────────────────────────────────

export const NeedCreate = z
  .object({
    accountId: Id,
    title: NeedDraft.shape.title,
    detail: NeedDraft.shape.detail,
    priority: NeedPriority.default('medium'),
    source: NeedSource.default('other').describe('where it was heard'),
    ownerId: Id.nullish().describe('the team member who sees it through'),
  })
  .strict()
  .meta({
    id: 'NeedCreate',
    examples: [
      {
        accountId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10',
        title: 'Cut month-end reporting from 3 days to 1',
        priority: 'high',
        source: 'meeting',
      },
    ],
  });
export type NeedCreate = z.input<typeof NeedCreate>;

export const NeedUpdate = z
  .object({
    title: NeedDraft.shape.title.optional(),
    detail: NeedDraft.shape.detail.optional(),
    priority: NeedPriority.optional(),
    ownerId: Id.nullish(),
    status: NeedStatus.optional(),
    note: OptionalText(2000).describe("kept in the need's history with the change"),
  })
  .strict()
  .meta({ id: 'NeedUpdate' });
export type NeedUpdate = z.input<typeof NeedUpdate>;

export const Need = z
  .object({
    id: Id,
    account: AccountRef,
    title: z.string(),
    detail: z.string().nullable(),
    priority: NeedPriority,
    status: NeedStatus,
    source: NeedSource,
    checkinId: Id.nullable().describe('the check-in it was heard at'),
    owner: Person.nullable(),
    lastAssessedAt: IsoDateTime.nullable().describe('when it was last reassessed or changed status'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Need' });
export type Need = z.infer<typeof Need>;

export const NeedListQuery = PageQuery.extend({
  accountId: WorkListFilters.accountId,
  ownerId: WorkListFilters.ownerId,
  status: csv(NEED_STATUSES).optional().describe('one or more statuses, comma-separated'),
  active: QueryBool.optional().describe('only open and being_addressed needs'),
  source: NeedSource.optional(),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type NeedListQuery = z.input<typeof NeedListQuery>;
export const NeedPage = page(Need).meta({ id: 'NeedPage' });
export type NeedPage = z.infer<typeof NeedPage>;

export const NeedHistoryEntry = z
  .object({
    id: Id,
    kind: z.enum(['created', 'status', 'reassessed', 'edited']),
    fromStatus: NeedStatus.nullable(),
    toStatus: NeedStatus.nullable(),
    note: z.string().nullable(),
    checkin: z.object({ id: Id, heldOn: IsoDate.nullable() }).nullable(),
    by: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    at: IsoDateTime,
  })
  .meta({ id: 'NeedHistoryEntry' });
export type NeedHistoryEntry = z.infer<typeof NeedHistoryEntry>;
export const NeedHistory = z.object({ data: z.array(NeedHistoryEntry) }).meta({ id: 'NeedHistory' });
export type NeedHistory = z.infer<typeof NeedHistory>;

// ── prep sheet ──────────────────────────────────────────────────────────────

export const CheckinPrep = z
  .object({
    checkin: Checkin,
    account: Account,
    cadence: AccountCadence,
    lastCheckin: Checkin.nullable().describe('the latest check-in held before this one'),
    since: IsoDate.describe('what happened is shown from this day (the last check-in, else 30 days ago)'),
    rapport: z
      .array(z.object({ contact: z.object({ id: Id, name: z.string() }), fact: RapportFact }))
      .describe('facts flagged "mention at next check-in" (private ones only for their author)'),
    promises: z.array(PromiseSchema).describe('promises still to be delivered'),
    needs: z.array(Need).describe('open and being-addressed needs, to reassess'),
    usage: AccountUsage.describe('the last 30 days of product usage'),
    timeline: z.array(TimelineEntry).describe('what happened since the last check-in, newest first'),
    timelineTruncated: z.boolean().describe('more happened than is shown'),
  })
  .meta({ id: 'CheckinPrep' });
export type CheckinPrep = z.infer<typeof CheckinPrep>;
