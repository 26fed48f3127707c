import { z } from 'zod';
import {
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
} from './common.ts';
import { RenewalState } from './renewalState.ts';

export const STAGES = ['stranger', 'prospect', 'customer', 'advocate', 'churned'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** Inside `customer`: the trial zone after the purchase, adoption, the trough of disillusionment, value, renewal. */
export const PHASES = ['onboarding', 'adoption', 'trough', 'value', 'renewal'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const TIERS = ['strategic', 'enterprise', 'growth', 'starter'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Accepts "https://www.Acme.com/about" and keeps "acme.com". */
export const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) =>
    v
      .replace(/^[a-z]+:\/\//, '')
      .replace(/^www\./, '')
      .replace(/[/?#].*$/, ''),
  )
  .refine((v) => v === '' || DOMAIN_RE.test(v), 'must be a domain such as acme.com')
  .transform((v) => (v === '' ? null : v));

const Money = z.number().min(0).max(1e12);
const Tag = z.string().trim().toLowerCase().min(1).max(40);
const CustomValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const CustomFields = z
  .record(z.string().trim().min(1).max(60), CustomValue)
  .refine((o) => Object.keys(o).length <= 50, 'at most 50 custom fields');

const accountFields = {
  name: Text(200),
  domain: Domain.nullish(),
  ownerId: Id.nullish(),
  tier: Tier.nullish(),
  arr: Money.nullish().describe('annual recurring revenue, in the workspace currency'),
  mrr: Money.nullish().describe('monthly recurring revenue; ARR is 12 × MRR when only MRR is given'),
  contractStart: IsoDate.nullish(),
  renewalDate: IsoDate.nullish(),
  stage: Stage,
  tags: z.array(Tag).max(20),
  customFields: CustomFields,
};

export const AccountCreate = z
  .object({
    ...accountFields,
    stage: Stage.default('prospect'),
    tags: accountFields.tags.default([]),
    customFields: CustomFields.default({}),
    externalId: OptionalText(200).describe('an id from another system (CRM), unique per workspace'),
  })
  .strict()
  .meta({ id: 'AccountCreate' });
export type AccountCreate = z.input<typeof AccountCreate>;

export const AccountUpdate = z
  .object({
    name: accountFields.name.optional(),
    domain: accountFields.domain,
    ownerId: accountFields.ownerId,
    tier: accountFields.tier,
    arr: accountFields.arr,
    mrr: accountFields.mrr,
    contractStart: accountFields.contractStart,
    renewalDate: accountFields.renewalDate,
    stage: Stage.optional(),
    tags: accountFields.tags.optional(),
    customFields: CustomFields.optional(),
  })
  .strict()
  .meta({ id: 'AccountUpdate' });
export type AccountUpdate = z.input<typeof AccountUpdate>;

export const Account = z
  .object({
    id: Id,
    name: z.string(),
    domain: z.string().nullable(),
    owner: Person.nullable(),
    tier: Tier.nullable(),
    arr: z.number(),
    mrr: z.number(),
    contractStart: IsoDate.nullable(),
    renewalDate: IsoDate.nullable(),
    renewal: RenewalState.describe(
      'where the renewal stands today: upcoming, due (within 90 days), overdue (the date passed without a renewal recorded) or none',
    ),
    stage: Stage,
    phase: Phase.nullable().describe('the phase inside customer; null in other stages'),
    stageSince: IsoDateTime.nullable(),
    phaseSince: IsoDateTime.nullable(),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), CustomValue),
    externalId: z.string().nullable(),
    contactsCount: z.number().int(),
    usage: z
      .object({
        lastSeenAt: IsoDateTime.nullable().describe('the latest product event of anyone at the account'),
        events30d: z.number().int().describe('product events in the last 30 days'),
        activeUsers30d: z.number().int().describe('distinct people using the product in the last 30 days'),
      })
      .describe('from the ingestion API; all zero until events arrive'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

export const ACCOUNT_SORTS = [
  'name',
  '-name',
  'arr',
  '-arr',
  'renewalDate',
  '-renewalDate',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'lastSeen',
  '-lastSeen',
  'events30d',
  '-events30d',
  'activeUsers30d',
  '-activeUsers30d',
] as const;
export const AccountSort = z.enum(ACCOUNT_SORTS);
export type AccountSort = z.infer<typeof AccountSort>;

/** A query-string list: `?stage=customer,advocate` or `?stage=customer&stage=advocate`. */
export const AccountListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('matches name or domain, case-insensitive'),
  stage: csv(STAGES).optional().describe('one or more stages, comma-separated'),
  phase: csv(PHASES).optional().describe('customers in one or more phases, e.g. trough'),
  tier: csv(TIERS).optional(),
  ownerId: z
    .union([Id, z.literal('none')])
    .optional()
    .describe('an owner id, or "none" for accounts without owner'),
  tag: Tag.optional(),
  renewalBefore: IsoDate.optional(),
  inactiveDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('accounts with no product events in this many days (or never)'),
  minActiveUsers30d: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('at least this many active people in 30 days'),
  sort: AccountSort.default('name'),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type AccountListQuery = z.input<typeof AccountListQuery>;

export const AccountPage = page(Account).meta({ id: 'AccountPage' });
export type AccountPage = z.infer<typeof AccountPage>;
