import { PHASE_LABEL, type Phase, type RuleDefinition, type Stage, type Tier } from '@trustcircle/contracts';
import { addDays, type Day, daysBetween, formatDay, todayIn } from '../../platform/dates.ts';
import type { Position } from './phases.ts';

/** What a rule looks at: where the account is, since when, and its dates. */
export type RuleFacts = {
  stage: Stage;
  phase: Phase | null;
  tier: Tier | null;
  /** The instant the account entered its phase. */
  phaseSince: string | null;
  renewalDate: Day | null;
  /** The workspace day this rule last moved this account, if it ever did. */
  lastMovedOn: Day | null;
};

export type RuleMatch = { to: Position; why: string };

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * Pure: whether a rule moves an account today, and why. Days are whole days in the
 * workspace's time zone: a phase entered at 23:30 UTC began the next day in Auckland.
 * Only customers have a phase, so only customers move.
 */
export function evaluateRule(
  definition: RuleDefinition,
  facts: RuleFacts,
  today: Day,
  timeZone: string,
): RuleMatch | null {
  if (facts.stage !== 'customer' || !facts.phase) return null;
  if (definition.tiers && !(facts.tier && definition.tiers.includes(facts.tier))) return null;
  const to: Position = { stage: 'customer', phase: definition.move.phase };
  if (facts.phase === to.phase) return null;
  const { condition } = definition;
  switch (condition.type) {
    case 'days_in_phase': {
      if (facts.phase !== condition.phase || !facts.phaseSince) return null;
      const since = todayIn(timeZone, new Date(facts.phaseSince));
      const stayed = daysBetween(since, today);
      if (stayed < condition.days) return null;
      return { to, why: `in ${PHASE_LABEL[facts.phase]} for ${days(stayed)}, since ${formatDay(since)}` };
    }
    case 'days_before_renewal': {
      if (!facts.renewalDate) return null;
      const left = daysBetween(today, facts.renewalDate);
      if (left > condition.days) return null;
      // Once per renewal: an account this rule already moved since the window opened, and
      // that someone moved on again, stays where they put it.
      const opened = addDays(facts.renewalDate, -condition.days);
      if (facts.lastMovedOn && facts.lastMovedOn >= opened) return null;
      // A date that passed without a renewal recorded is an overdue renewal, not a finished
      // one: the account belongs in the renewal phase until someone records the renewal.
      const away = left === 0 ? 'today' : left > 0 ? `${days(left)} away` : `${days(-left)} overdue`;
      return { to, why: `renewal on ${formatDay(facts.renewalDate)}, ${away}` };
    }
  }
}

export type CandidateBounds = {
  /** Customers in this phase only (null: any phase)… */
  phase: Phase | null;
  /** …and never those already where the rule moves them. */
  notPhase: Phase;
  phaseSinceBefore: string | null;
  renewalFrom: Day | null;
  renewalTo: Day | null;
};

/**
 * Pure: the loosest filter a database can apply before evaluateRule decides, so a sweep
 * reads only the accounts that could match. Instants are widened by a few hours to cover
 * any time zone's offset changes.
 */
export function candidateBounds(definition: RuleDefinition, now: Date, today: Day): CandidateBounds {
  const { condition, move } = definition;
  if (condition.type === 'days_in_phase') {
    const before = new Date(now.getTime() - (condition.days - 1) * 86_400_000 + 3 * 3_600_000);
    return {
      phase: condition.phase,
      notPhase: move.phase,
      phaseSinceBefore: before.toISOString(),
      renewalFrom: null,
      renewalTo: null,
    };
  }
  return {
    phase: null,
    notPhase: move.phase,
    phaseSinceBefore: null,
    // Overdue renewals match too, however long ago the date passed.
    renewalFrom: null,
    renewalTo: addDays(today, condition.days),
  };
}
