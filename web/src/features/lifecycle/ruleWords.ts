import { type RuleDefinition, ruleSummary, type Tier } from '@trustcircle/contracts';
import { TIER_LABEL, TIER_ORDER } from '../accounts/meta.ts';
import { PHASE_META } from './meta.ts';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Onboarding ends after 60 days → Adoption": the rule in one line. */
export const ruleLine = (d: RuleDefinition) => `${ruleSummary(d)} → ${PHASE_META[d.move.phase].label}`;

/** Who a rule moves and when, as a sentence. */
export function ruleSentence(d: RuleDefinition): string {
  const to = PHASE_META[d.move.phase].label;
  const { condition } = d;
  const who =
    condition.type === 'days_in_phase'
      ? `Customers who have been in ${PHASE_META[condition.phase].label} for ${days(condition.days)} move to ${to}.`
      : condition.days === 0
        ? `Customers in any other phase move to ${to} on their renewal date.`
        : `Customers in any other phase move to ${to} once their renewal date is ${days(condition.days)} away or closer.`;
  return d.tiers ? `${who} Only ${tierList(d.tiers)} accounts.` : who;
}

function tierList(tiers: Tier[]): string {
  const names = TIER_ORDER.filter((t) => tiers.includes(t)).map((t) => TIER_LABEL[t]);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
