import type { RenewalState } from '@trustcircle/contracts';

/**
 * How worried to look: `overdue` once the date passed without a renewal recorded, `soon`
 * within 30 days, `near` within the server's due window (90 days), `later` beyond.
 */
export type RenewalTone = 'overdue' | 'soon' | 'near' | 'later';
export type RenewalWords = { tone: RenewalTone; label: string };

/** The text colour of each tone, wherever a renewal is shown. */
export const RENEWAL_TONE_COLOR: Record<RenewalTone, string> = {
  overdue: 'red.8',
  soon: 'orange.8',
  near: 'yellow.9',
  later: 'dimmed',
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The server's renewal state (status and days left, counted in the workspace's day) in the
 * words the account page uses. Accounts that do not renew (no date, or not paying) get none.
 */
export function renewalWords(renewal: RenewalState): RenewalWords | null {
  const days = renewal.daysLeft;
  if (renewal.status === 'none' || days === null) return null;
  if (renewal.status === 'overdue') return { tone: 'overdue', label: `overdue by ${plural(-days, 'day')}` };
  const tone: RenewalTone = days <= 30 ? 'soon' : renewal.status === 'due' ? 'near' : 'later';
  if (days === 0) return { tone, label: 'today' };
  if (days === 1) return { tone, label: 'tomorrow' };
  if (days < 60) return { tone, label: `in ${plural(days, 'day')}` };
  return { tone, label: `in ${plural(Math.max(2, Math.round(days / 30.44)), 'month')}` };
}
