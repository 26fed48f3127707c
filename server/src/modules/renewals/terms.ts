import { addMonthsToDay } from '@trustcircle/contracts';
import { formatDay } from '../../platform/dates.ts';

export type RenewalTerms = {
  /** the account's renewal date before this renewal */
  previous: string | null;
  renewedOn: string;
  today: string;
  termMonths: number;
  /** given instead of a term */
  nextRenewalDate: string | undefined;
};

export type RenewalDecision =
  | { ok: true; next: string; termMonths: number | null; stillOverdue: boolean }
  | { ok: false; field: 'renewedOn' | 'termMonths' | 'nextRenewalDate'; message: string };

/**
 * Pure: the next renewal date a renewal gives, or why it cannot be. The term counts from the
 * old renewal date (from the signing when there was none); the next date must come after
 * both. A next date that has already passed is allowed (history recorded late, one renewal
 * after another) but leaves the renewal overdue, so the account stays in the renewal phase.
 */
export function decideRenewal(t: RenewalTerms): RenewalDecision {
  if (t.renewedOn > t.today)
    return {
      ok: false,
      field: 'renewedOn',
      message: 'record a renewal once it is signed, not ahead of time',
    };
  const field = t.nextRenewalDate ? 'nextRenewalDate' : 'termMonths';
  const next = t.nextRenewalDate ?? addMonthsToDay(t.previous ?? t.renewedOn, t.termMonths);
  const what = t.nextRenewalDate
    ? 'must come'
    : `a ${t.termMonths}-month term ends on ${formatDay(next)}, which must come`;
  if (next <= t.renewedOn) return { ok: false, field, message: `${what} after the day it was signed` };
  if (t.previous && next <= t.previous)
    return { ok: false, field, message: `${what} after the current renewal date, ${formatDay(t.previous)}` };
  return {
    ok: true,
    next,
    termMonths: t.nextRenewalDate ? null : t.termMonths,
    stillOverdue: next < t.today,
  };
}
