import { z } from 'zod';
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

export const PROMISE_KINDS = ['feature', 'integration', 'outcome', 'service_level', 'date', 'other'] as const;
export const PromiseKind = z.enum(PROMISE_KINDS);
export type PromiseKind = z.infer<typeof PromiseKind>;

export const PROMISE_SOURCES = ['sales_handoff', 'meeting', 'email', 'support', 'other'] as const;
export const PromiseSource = z.enum(PROMISE_SOURCES);
export type PromiseSource = z.infer<typeof PromiseSource>;

/**
 * open and renegotiated are still to be delivered (renegotiated: by a new date the customer
 * agreed to); kept was delivered by the due date, late after it; broken will not be delivered.
 */
export const PROMISE_STATUSES = ['open', 'renegotiated', 'kept', 'late', 'broken'] as const;
export const PromiseStatus = z.enum(PROMISE_STATUSES);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

const draftFields = {
  title: Text(300).describe('what was promised, in the words the customer heard'),
  detail: OptionalText(4000),
  kind: PromiseKind.default('other'),
  ownerId: Id.nullish().describe('the team member who made it and answers for it (default: you)'),
  contactId: Id.nullish().describe('the customer contact it was made to'),
  promisedOn: IsoDate.optional().describe('when it was promised (default: today)'),
  dueOn: IsoDate.describe('the day it is due'),
};

/** A promise inside a hand-off: the account is the hand-off's. */
export const PromiseDraft = z.object(draftFields).strict().meta({ id: 'PromiseDraft' });
export type PromiseDraft = z.input<typeof PromiseDraft>;

export const PromiseCreate = z
  .object({ accountId: Id, ...draftFields, source: PromiseSource.default('meeting') })
  .strict()
  .meta({
    id: 'PromiseCreate',
    examples: [
      {
        accountId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10',
        title: 'Salesforce integration live before the Q3 kickoff',
        kind: 'integration',
        dueOn: '2026-07-01',
        source: 'meeting',
      },
    ],
  });
export type PromiseCreate = z.input<typeof PromiseCreate>;

export const PromiseUpdate = z
  .object({
    title: draftFields.title.optional(),
    detail: draftFields.detail.optional(),
    kind: PromiseKind.optional(),
    ownerId: Id.nullish(),
    contactId: Id.nullish(),
    source: PromiseSource.optional(),
  })
  .strict()
  .describe('corrects what was recorded; a new due date is a renegotiation')
  .meta({ id: 'PromiseUpdate' });
export type PromiseUpdate = z.input<typeof PromiseUpdate>;

export const PromiseResolve = z
  .object({
    outcome: z.enum(['delivered', 'broken']).describe('delivered: kept, or late when after the due day'),
    on: IsoDate.optional().describe('the day it was delivered or broken (default: today)'),
    evidence: OptionalText(2000).describe('a link or a sentence that shows it'),
    note: OptionalText(1000),
  })
  .strict()
  .meta({ id: 'PromiseResolve' });
export type PromiseResolve = z.input<typeof PromiseResolve>;

export const PromiseRenegotiate = z
  .object({
    dueOn: IsoDate,
    title: draftFields.title.optional().describe('the new terms, when they changed'),
    note: Text(1000).describe('what was agreed with the customer, and with whom'),
  })
  .strict()
  .meta({ id: 'PromiseRenegotiate' });
export type PromiseRenegotiate = z.input<typeof PromiseRenegotiate>;

export const PromiseReopen = z
  .object({ note: Text(1000).describe('why it is open again') })
  .strict()
  .meta({ id: 'PromiseReopen' });
export type PromiseReopen = z.input<typeof PromiseReopen>;

export const Promise_ = z
  .object({
    id: Id,
    account: AccountRef,
    title: z.string(),
    detail: z.string().nullable(),
    kind: PromiseKind,
    owner: Person.nullable(),
    contact: z.object({ id: Id, name: z.string() }).nullable(),
    promisedOn: IsoDate,
    dueOn: IsoDate,
    source: PromiseSource,
    status: PromiseStatus,
    overdue: z.boolean().describe('still to be delivered and its due day has passed'),
    daysOverdue: z.number().int().min(0),
    resolvedOn: IsoDate.nullable(),
    evidence: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Promise' });
export type PromiseItem = z.infer<typeof Promise_>;
export { Promise_ as PromiseSchema };

export const PromiseListQuery = PageQuery.extend({
  ...WorkListFilters,
  status: csv(PROMISE_STATUSES).optional().describe('one or more statuses, comma-separated'),
  source: PromiseSource.optional(),
  active: QueryBool.optional().describe('only open and renegotiated promises'),
  sort: z.enum(['dueOn', '-dueOn']).default('dueOn').describe('by due day; "-" for the latest first'),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type PromiseListQuery = z.input<typeof PromiseListQuery>;
export const PromisePage = page(Promise_).meta({ id: 'PromisePage' });
export type PromisePage = z.infer<typeof PromisePage>;

export const PromiseHistoryEntry = z
  .object({
    id: Id,
    kind: z.enum(['created', 'status', 'renegotiated', 'edited']),
    fromStatus: PromiseStatus.nullable(),
    toStatus: PromiseStatus.nullable(),
    fromDueOn: IsoDate.nullable(),
    toDueOn: IsoDate.nullable(),
    note: z.string().nullable(),
    by: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    at: IsoDateTime,
  })
  .meta({ id: 'PromiseHistoryEntry' });
export const PromiseHistory = z.object({ data: z.array(PromiseHistoryEntry) }).meta({ id: 'PromiseHistory' });
export type PromiseHistory = z.infer<typeof PromiseHistory>;

export const PromiseStatsQuery = z
  .object({
    accountId: Id.optional(),
    ownerId: z.union([Id, z.literal('me')]).optional(),
    from: IsoDate.optional().describe('first day of the period (default: 12 months ago)'),
    to: IsoDate.optional().describe('last day of the period (default: today)'),
  })
  .strict();
export type PromiseStatsQuery = z.input<typeof PromiseStatsQuery>;

const Tally = z.object({
  due: z.number().int().describe('promises whose due day fell in the period, up to today'),
  kept: z.number().int().describe('delivered on or before the due day'),
  late: z.number().int().describe('delivered after the due day'),
  broken: z.number().int(),
  overdue: z.number().int().describe('past due and still not delivered'),
  keepingRate: z.number().nullable().describe('kept ÷ due, 0–1; null when nothing came due'),
});
export type PromiseTally = z.infer<typeof Tally>;

export const PromiseStats = z
  .object({
    from: IsoDate,
    to: IsoDate,
    total: Tally,
    open: z.number().int().describe('still to be delivered, due or not'),
    byMonth: z.array(Tally.extend({ month: z.string().describe('YYYY-MM') })),
    byOwner: z.array(Tally.extend({ owner: Person.nullable() })),
    byAccount: z.array(Tally.extend({ account: AccountRef })),
  })
  .meta({ id: 'PromiseStats' });
export type PromiseStats = z.infer<typeof PromiseStats>;

export const HandoffInput = z
  .object({
    summary: Text(4000).describe('what was sold, why they bought, what they expect'),
    promises: z.array(PromiseDraft).max(50).default([]),
    successCriteria: z
      .array(Text(300))
      .max(20)
      .default([])
      .describe('what the customer wants to achieve; each becomes an open need'),
    ownerId: Id.nullish().describe('the CSM who takes the account over (default: unchanged)'),
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .describe('why it becomes a customer (default: "Sales hand-off")'),
  })
  .strict()
  .meta({ id: 'Handoff' });
export type HandoffInput = z.input<typeof HandoffInput>;

export const HandoffResult = z
  .object({
    accountId: Id,
    movedToCustomer: z.boolean(),
    promises: z.array(Promise_),
    needIds: z.array(Id),
  })
  .meta({ id: 'HandoffResult' });
export type HandoffResult = z.infer<typeof HandoffResult>;
