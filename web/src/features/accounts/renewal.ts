import type { Stage } from '@trustcircle/contracts';
import { daysBetween } from './summary/days.ts';

/**
 * - `overdue`: a paying account's renewal day has passed (it should have renewed by now);
 * - `past`: the day has passed for an account that does not pay (churned, prospect): history;
 * - `due`: today or tomorrow; `soon`: within 30 days; `near`: within 90; `later`: beyond.
 */
export type RenewalState = 'overdue' | 'past' | 'due' | 'soon' | 'near' | 'later';
export type RenewalCountdown = { days: number; state: RenewalState; label: string };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Where an account's renewal stands on a given day (the workspace's today). Only customers and
 * advocates pay us, so only they can be overdue. The server will say this itself once renewals
 * are reworked there; until then this is the one place the app decides it.
 */
export function renewalCountdown(
  renewalDate: string | null,
  stage: Stage,
  today: string,
): RenewalCountdown | null {
  if (!renewalDate) return null;
  const days = daysBetween(today, renewalDate);
  const paying = stage === 'customer' || stage === 'advocate';
  if (days < 0) {
    return paying
      ? { days, state: 'overdue', label: `overdue by ${plural(-days, 'day')}` }
      : { days, state: 'past', label: `passed ${plural(-days, 'day')} ago` };
  }
  if (days === 0) return { days, state: 'due', label: 'today' };
  if (days === 1) return { days, state: 'due', label: 'tomorrow' };
  if (days < 60) return { days, state: days <= 30 ? 'soon' : 'near', label: `in ${plural(days, 'day')}` };
  const months = Math.max(2, Math.round(days / 30.44));
  return { days, state: days <= 90 ? 'near' : 'later', label: `in ${plural(months, 'month')}` };
}
