import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, PageQuery, page, Text } from './common.ts';

export const RESOURCE_KINDS = [
  'onboarding_guide',
  'training_seminar',
  'kb_article',
  'self_help',
  'phone_line',
  'chat',
] as const;
export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const USE_KINDS = ['view', 'registered', 'attended', 'feedback'] as const;
export const UseKind = z
  .enum(USE_KINDS)
  .describe(
    'view: opened or used; registered/attended: for seminars; feedback: a rating given on the link page without a visit we know of (not a use)',
  );
export type UseKind = z.infer<typeof UseKind>;

const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
  .max(2000)
  .nullish()
  .transform((v) => v ?? null);

export const ResourceCreate = z
  .object({
    kind: ResourceKind,
    title: Text(200),
    url: HttpUrl.describe('where the tracking link leads; a phone line may have none (or a tel: page)'),
    ownerId: Id.nullish(),
  })
  .strict()
  .meta({ id: 'ResourceCreate' });
export type ResourceCreate = z.input<typeof ResourceCreate>;

export const ResourceUpdate = z
  .object({
    kind: ResourceKind.optional(),
    title: Text(200).optional(),
    url: HttpUrl.optional(),
    ownerId: Id.nullish(),
    archived: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'ResourceUpdate' });
export type ResourceUpdate = z.input<typeof ResourceUpdate>;

export const ResourceStats = z
  .object({
    uses: z
      .number()
      .int()
      .describe('views and attendances (registrations and rating-only feedback are not uses)'),
    accountsReached: z.number().int().describe('distinct accounts with at least one use'),
    ratings: z.number().int(),
    averageRating: z.number().nullable().describe('1–5, null before the first rating'),
    helpfulShare: z.number().nullable().describe('share of ratings of 4 or 5'),
    uses30d: z.number().int(),
    usesPrevious30d: z.number().int(),
    registered: z.number().int().describe('seminar registrations'),
    attended: z.number().int().describe('seminar attendances'),
    lastUsedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ResourceStats' });

export const Resource = z
  .object({
    id: Id,
    kind: ResourceKind,
    title: z.string(),
    url: z.string().nullable(),
    owner: z.object({ id: Id, name: z.string() }).nullable(),
    trackingUrl: z
      .string()
      .describe('put this link in front of the resource: it counts the use, then redirects'),
    ratingUrl: z.string().describe('a page asking "was this helpful?" (1–5 and a comment)'),
    archivedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    stats: ResourceStats,
  })
  .meta({ id: 'Resource' });
export type Resource = z.infer<typeof Resource>;

export const ResourceListQuery = z.object({ archived: z.enum(['true', 'false']).optional() });

export const ResourceUseCreate = z
  .object({
    kind: UseKind.exclude(['feedback']).default('view'),
    accountId: Id.nullish(),
    contactId: Id.nullish().describe('its account is used when accountId is not given'),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    rating: z.number().int().min(1).max(5).nullish(),
    comment: OptionalText(2000),
  })
  .strict()
  .meta({ id: 'ResourceUseCreate' });
export type ResourceUseCreate = z.input<typeof ResourceUseCreate>;

export const RatingInput = z
  .object({ rating: z.coerce.number().int().min(1).max(5), comment: OptionalText(2000) })
  .strict()
  .meta({ id: 'ResourceRating' });

export const ResourceUse = z
  .object({
    id: Id,
    resourceId: Id,
    kind: UseKind,
    channel: z.enum(['event', 'link', 'api', 'import', 'app']),
    account: z.object({ id: Id, name: z.string() }).nullable(),
    contact: z.object({ id: Id, name: z.string() }).nullable(),
    occurredAt: IsoDateTime,
    rating: z.number().int().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'ResourceUse' });
export type ResourceUse = z.infer<typeof ResourceUse>;

export const ResourceUsePage = page(ResourceUse).meta({ id: 'ResourceUsePage' });
export const ResourceUseQuery = PageQuery.extend({ accountId: Id.optional() });

export const AccountResourceSummary = z
  .object({
    used: z.array(
      z.object({
        resource: z.object({ id: Id, title: z.string(), kind: ResourceKind }),
        uses: z.number().int(),
        lastUsedAt: IsoDateTime,
        averageRating: z.number().nullable(),
        attended: z.number().int(),
      }),
    ),
    neverUsed: z.array(z.object({ id: Id, title: z.string(), kind: ResourceKind })),
  })
  .meta({ id: 'AccountResourceSummary' });
export type AccountResourceSummary = z.infer<typeof AccountResourceSummary>;

export const SeminarImportReport = z
  .object({
    recorded: z.number().int(),
    repeated: z.number().int().describe('rows already recorded before (same person, same status)'),
    skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'SeminarImportReport' });
export type SeminarImportReport = z.infer<typeof SeminarImportReport>;
