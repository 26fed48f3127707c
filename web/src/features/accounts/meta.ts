import { ACCOUNT_SORTS, type AccountSort, type Stage, type Tier } from '@trustcircle/contracts';

/**
 * How stages and tiers read and look everywhere. `satisfies Record<Stage, …>` keeps these in
 * step with the contracts: a new stage fails the type check until it has a label and colour.
 */
export const STAGE_META = {
  stranger: { label: 'Stranger', color: 'gray', hint: 'Knows nothing of us yet' },
  prospect: { label: 'Prospect', color: 'blue', hint: 'Evaluating' },
  customer: { label: 'Customer', color: 'green', hint: 'Paying' },
  advocate: { label: 'Advocate', color: 'violet', hint: 'Recommends us' },
  churned: { label: 'Churned', color: 'red', hint: 'Left' },
} as const satisfies Record<Stage, { label: string; color: string; hint: string }>;

export const STAGE_ORDER = Object.keys(STAGE_META) as Stage[];
export const STAGE_OPTIONS = STAGE_ORDER.map((value) => ({ value, label: STAGE_META[value].label }));

export const TIER_LABEL = {
  strategic: 'Strategic',
  enterprise: 'Enterprise',
  growth: 'Growth',
  starter: 'Starter',
} as const satisfies Record<Tier, string>;

export const TIER_ORDER = Object.keys(TIER_LABEL) as Tier[];
export const TIER_OPTIONS = TIER_ORDER.map((value) => ({ value, label: TIER_LABEL[value] }));

export const isStage = (v: string): v is Stage => v in STAGE_META;
export const isTier = (v: string): v is Tier => v in TIER_LABEL;
export const isSort = (v: string): v is AccountSort => (ACCOUNT_SORTS as readonly string[]).includes(v);

/** "Inactive for" choices in the account filters: days without product events. */
export const INACTIVE_DAYS = [7, 14, 30, 60, 90] as const;
export const INACTIVE_OPTIONS = INACTIVE_DAYS.map((d) => ({ value: String(d), label: `${d} days or more` }));
export const isInactiveDays = (v: number) => (INACTIVE_DAYS as readonly number[]).includes(v);
