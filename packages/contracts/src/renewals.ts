import { z } from 'zod';
import { Phase } from './accounts.ts';
import { Id, IsoDate, IsoDateTime, OptionalText, Person } from './common.ts';

export const RenewalInput = z
  .object({
    renewedOn: IsoDate.optional().describe('the day it was signed; default today'),
    termMonths: z.coerce
      .number()
      .int()
      .min(1)
      .max(120)
      .default(12)
      .describe('the new term; the next renewal date is the old one plus this many months'),
    nextRenewalDate: IsoDate.optional().describe('instead of a term: the next renewal date itself'),
    arr: z.number().min(0).max(1e12).optional().describe('the ARR of the new term; default unchanged'),
    phase: Phase.default('value').describe(
      'where a customer in the renewal phase goes once renewed; other phases stay as they are',
    ),
    note: OptionalText(2000).optional(),
    expectedRenewalDate: IsoDate.nullable()
      .optional()
      .describe(
        'the renewal date you saw (null: none); if it has changed since, nothing is recorded and the answer is 409, so a retried request never renews twice',
      ),
  })
  .strict()
  .meta({
    id: 'RenewalRequest',
    examples: [{ renewedOn: '2026-11-28', termMonths: 12, arr: 132000, note: 'Added the analytics module' }],
  });
export type RenewalInput = z.input<typeof RenewalInput>;

export const Renewal = z
  .object({
    id: Id,
    accountId: Id,
    renewedOn: IsoDate,
    previousRenewalDate: IsoDate.nullable(),
    nextRenewalDate: IsoDate,
    termMonths: z.number().int().nullable().describe('null when a next renewal date was given instead'),
    arrBefore: z.number(),
    arrAfter: z.number(),
    /** Days after the renewal date it was signed: negative is early, positive late. */
    daysLate: z.number().int().nullable(),
    note: z.string().nullable(),
    recordedBy: Person.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Renewal' });
export type Renewal = z.infer<typeof Renewal>;

export const RenewalList = z.object({ data: z.array(Renewal) }).meta({ id: 'RenewalList' });
export type RenewalList = z.infer<typeof RenewalList>;
