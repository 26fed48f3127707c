import { z } from 'zod';

export const Id = z.uuid({ message: 'must be an id (UUID)' });

// Examples for the API docs: without them the docs page invents values from the patterns.
export const IsoDate = z.iso
  .date({ message: 'must be a date as YYYY-MM-DD' })
  .meta({ example: '2026-07-01' });
export const IsoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date and time' })
  .meta({ example: '2026-07-01T09:30:00.000Z' });

export const ErrorCode = z.enum([
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'VALIDATION',
  'LIMIT_EXCEEDED',
  'TOO_LARGE',
  'PRECONDITION_FAILED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * A limit on how large one value may be (an image sent as a data: URL) rather than on what it
 * says: over it, the API answers 413 TOO_LARGE, as it does for an oversized body, instead of
 * 400. Spread into `.refine()` before the other checks; `abort` skips them for a huge value.
 * The server recognises the issue by its `sizeLimit` param (platform/validation.ts).
 */
export const sizeLimit = (maxChars: number, message: string) =>
  [(s: string) => s.length <= maxChars, { message, abort: true, params: { sizeLimit: maxChars } }] as const;

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Cursor pagination: every list answers `{ data, nextCursor }`; pass `nextCursor` back as `cursor`. */
export const PageQuery = z.object({
  cursor: z.string().max(512).optional().describe('the nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().optional().describe('only when asked with count=true'),
  });

/** Query-string booleans: "true"/"1" and "false"/"0" (a boolean passes as it is, so parsing twice is safe). */
export const QueryBool = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
]);

/** Trimmed text that must not be empty after trimming. */
export const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Optional text: empty strings become null so a form can clear a field. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const Person = z.object({ id: Id, name: z.string(), email: z.string() }).meta({ id: 'PersonRef' });
export type Person = z.infer<typeof Person>;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));

/** A query-string list of enum values: `a,b` or repeated parameters. */
export const csv = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).max(20));

/**
 * Filters shared by the lists of day-to-day work (promises, check-ins, needs, tasks):
 * `ownerId` takes an id or `me`; `overdue=true` keeps what is past due and still open.
 */
export const WorkListFilters = {
  accountId: Id.optional(),
  ownerId: z
    .union([Id, z.literal('me')])
    .optional()
    .describe('a team member id, or "me"'),
  overdue: QueryBool.optional().describe('only what is past its due date and still open'),
  dueBefore: IsoDate.optional().describe('only what is due on or before this day'),
  dueFrom: IsoDate.optional().describe('only what is due on or after this day'),
};

/** A reference to an account in a work item. */
export const AccountRef = z.object({ id: Id, name: z.string() }).meta({ id: 'AccountRef' });
export type AccountRef = z.infer<typeof AccountRef>;
