import { z } from 'zod';
import { Phase, Stage, TIERS, Tier } from './accounts.ts';
import { Id, IsoDate, IsoDateTime, Text } from './common.ts';

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

/*
 * Lifecycle rules, written as data: a condition on where an account is and how long it has
 * been there, and the phase it moves to. New conditions (e.g. `plan_done`, once mutual
 * action plans exist) join the discriminated union without touching the others.
 */

export const RULE_CONDITION_TYPES = ['days_in_phase', 'days_before_renewal'] as const;
export type RuleConditionType = (typeof RULE_CONDITION_TYPES)[number];

export const DaysInPhaseCondition = z
  .object({
    type: z.literal('days_in_phase'),
    phase: Phase.describe('the phase the customer is in'),
    days: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .describe('whole days in that phase, counted in the workspace time zone'),
  })
  .strict()
  .meta({
    id: 'DaysInPhaseCondition',
    description: 'A customer has been in a phase for at least `days` days',
  });

export const DaysBeforeRenewalCondition = z
  .object({
    type: z.literal('days_before_renewal'),
    days: z
      .number()
      .int()
      .min(0)
      .max(730)
      .describe('the renewal date is this many days away or fewer (and not yet past)'),
  })
  .strict()
  .meta({
    id: 'DaysBeforeRenewalCondition',
    description: 'A customer in any other phase whose renewal date is at most `days` days away',
  });

export const RuleCondition = z
  .discriminatedUnion('type', [DaysInPhaseCondition, DaysBeforeRenewalCondition])
  .meta({ id: 'RuleCondition' });
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RuleDefinition = z
  .object({
    condition: RuleCondition,
    move: z.object({ phase: Phase.describe('the phase the customer moves to') }).strict(),
    tiers: z
      .array(Tier)
      .min(1)
      .max(TIERS.length)
      .optional()
      .describe('only accounts of these tiers; every account when left out'),
  })
  .strict()
  .superRefine(({ condition, move }, ctx) => {
    if (condition.type === 'days_in_phase' && condition.phase === move.phase) {
      ctx.addIssue({
        code: 'custom',
        path: ['move', 'phase'],
        message: 'must be another phase than the one the rule waits in',
      });
    }
  })
  .meta({
    id: 'RuleDefinition',
    examples: [
      { condition: { type: 'days_in_phase', phase: 'onboarding', days: 60 }, move: { phase: 'adoption' } },
      { condition: { type: 'days_before_renewal', days: 90 }, move: { phase: 'renewal' } },
    ],
  });
export type RuleDefinition = z.infer<typeof RuleDefinition>;

/** How each phase reads in words the server writes (reasons, summaries). */
export const PHASE_LABEL: Record<Phase, string> = {
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  trough: 'Trough',
  value: 'Value',
  renewal: 'Renewal',
};

const daysWord = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * A rule's condition in plain words, e.g. "Onboarding ends after 60 days" or "Renewal starts
 * 90 days before the renewal date"; also the name of a rule nobody named.
 */
export function ruleSummary(definition: RuleDefinition): string {
  const { condition, move } = definition;
  switch (condition.type) {
    case 'days_in_phase':
      return `${PHASE_LABEL[condition.phase]} ends after ${daysWord(condition.days)}`;
    case 'days_before_renewal':
      return condition.days === 0
        ? `${PHASE_LABEL[move.phase]} starts on the renewal date`
        : `${PHASE_LABEL[move.phase]} starts ${daysWord(condition.days)} before the renewal date`;
  }
}

const RuleName = Text(100).describe('defaults to the rule in plain words');

export const LifecycleRule = z
  .object({
    id: Id,
    name: z.string(),
    summary: z.string().describe('the rule in plain words, e.g. "Onboarding ends after 60 days"'),
    definition: RuleDefinition,
    enabled: z.boolean().describe('enabled rules run on their own once an hour'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'LifecycleRule' });
export type LifecycleRule = z.infer<typeof LifecycleRule>;

export const LifecycleRuleList = z.object({ data: z.array(LifecycleRule) }).meta({ id: 'LifecycleRuleList' });
export type LifecycleRuleList = z.infer<typeof LifecycleRuleList>;

export const LifecycleRuleCreate = z
  .object({
    name: RuleName.optional(),
    definition: RuleDefinition,
    enabled: z.boolean().default(true),
  })
  .strict()
  .meta({
    id: 'LifecycleRuleCreate',
    examples: [
      {
        definition: {
          condition: { type: 'days_in_phase', phase: 'onboarding', days: 60 },
          move: { phase: 'adoption' },
        },
      },
    ],
  });
export type LifecycleRuleCreate = z.input<typeof LifecycleRuleCreate>;

export const LifecycleRuleUpdate = z
  .object({
    name: RuleName.optional(),
    definition: RuleDefinition.optional(),
    enabled: z.boolean().optional().describe('false switches the rule off without deleting it'),
  })
  .strict()
  .meta({ id: 'LifecycleRuleUpdate' });
export type LifecycleRuleUpdate = z.input<typeof LifecycleRuleUpdate>;

export const LifecycleRuleDraft = z
  .object({ name: RuleName.optional(), definition: RuleDefinition })
  .strict()
  .meta({ id: 'LifecycleRuleDraft', description: 'A rule not saved yet, to preview' });
export type LifecycleRuleDraft = z.input<typeof LifecycleRuleDraft>;

const Position = z.object({ stage: Stage, phase: Phase.nullable() });

export const RuleMove = z
  .object({
    accountId: Id,
    name: z.string(),
    from: Position,
    to: Position,
    why: z.string().describe('e.g. "renewal on 2027-02-28, 85 days away"'),
  })
  .meta({ id: 'RuleMove' });
export type RuleMove = z.infer<typeof RuleMove>;

/** At most this many moves are listed; `total` counts them all. */
export const RULE_MOVES_LISTED = 200;

export const LifecycleRulePreview = z
  .object({
    rule: z.object({ id: Id.nullable(), name: z.string(), summary: z.string() }),
    today: IsoDate.describe('the day in the workspace time zone the rule was evaluated on'),
    timeZone: z.string(),
    total: z.number().int().describe('accounts the rule would move now'),
    moves: z.array(RuleMove).describe(`the first ${RULE_MOVES_LISTED}, by account name`),
  })
  .meta({ id: 'LifecycleRulePreview' });
export type LifecycleRulePreview = z.infer<typeof LifecycleRulePreview>;

export const LifecycleRuleRun = z
  .object({
    rules: z.array(z.object({ id: Id, name: z.string(), moved: z.number().int() })),
    moved: z.number().int().describe('accounts moved, over all rules'),
    moves: z.array(RuleMove).describe(`the first ${RULE_MOVES_LISTED} moves`),
  })
  .meta({ id: 'LifecycleRuleRun' });
export type LifecycleRuleRun = z.infer<typeof LifecycleRuleRun>;
