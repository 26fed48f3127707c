import { z } from 'zod';
import { Phase, Stage } from './accounts.ts';
import { Id, IsoDate, IsoDateTime } from './common.ts';

export const StageChangeInput = z
  .object({
    stage: Stage,
    phase: Phase.optional().describe('only with stage customer; a new customer starts in onboarding'),
    reason: z.string().trim().min(3).max(500).describe('why: kept on the history and the timeline'),
  })
  .strict()
  .meta({
    id: 'StageChangeRequest',
    examples: [
      { stage: 'customer', phase: 'adoption', reason: 'Onboarding plan done; ten people use it daily' },
    ],
  });
export type StageChangeInput = z.input<typeof StageChangeInput>;

export const StageChange = z
  .object({
    id: Id,
    accountId: Id,
    fromStage: Stage.nullable(),
    toStage: Stage,
    fromPhase: Phase.nullable(),
    toPhase: Phase.nullable(),
    reason: z.string(),
    by: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    changedAt: IsoDateTime,
  })
  .meta({ id: 'StageChange' });
export type StageChange = z.infer<typeof StageChange>;

export const StageHistory = z.object({ data: z.array(StageChange) }).meta({ id: 'StageHistory' });
export type StageHistory = z.infer<typeof StageHistory>;

export const FunnelQuery = z
  .object({
    from: IsoDate.optional().describe('first day of the period (default: 90 days ago)'),
    to: IsoDate.optional().describe('last day of the period (default: today)'),
  })
  .strict();

const Stay = z.object({
  count: z
    .number()
    .int()
    .describe('accounts there at the end of the period (now, for a period ending today)'),
  averageDays: z.number().nullable().describe('average length of the stays that ended, in days'),
  currentAverageDays: z.number().nullable().describe('average time spent so far by the accounts there now'),
});

export const Funnel = z
  .object({
    from: IsoDate,
    to: IsoDate,
    stages: z.array(Stay.extend({ stage: Stage })),
    phases: z.array(Stay.extend({ phase: Phase })),
    conversions: z.array(
      z.object({
        from: Stage,
        to: Stage,
        cohort: z.number().int().describe('accounts in the first stage at some time in the period'),
        converted: z.number().int().describe('of them, moved to the second stage within the period'),
        rate: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Funnel' });
export type Funnel = z.infer<typeof Funnel>;
