import { z } from 'zod';
import type { Stage } from './accounts.ts';

/**
 * Where an account's renewal stands: `due` from 90 days before the renewal date, `overdue`
 * once the date has passed without a renewal recorded, `none` for accounts that do not renew
 * (no date, or not a paying customer).
 */
export const RENEWAL_STATUSES = ['none', 'upcoming', 'due', 'overdue'] as const;
export const RenewalStatus = z.enum(RENEWAL_STATUSES);
export type RenewalStatus = z.infer<typeof RenewalStatus>;

/** How long before the renewal date a renewal counts as due (the default renewal rule's window). */
export const RENEWAL_DUE_DAYS = 90;

export const RenewalState = z
  .object({
    status: RenewalStatus,
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe('days from today (workspace time zone) to the renewal date; negative when overdue'),
  })
  .meta({ id: 'RenewalState' });
export type RenewalState = z.infer<typeof RenewalState>;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Who renews: the accounts that pay, customers and advocates. */
export const renews = (stage: Stage): boolean => stage === 'customer' || stage === 'advocate';

/** Pure: the renewal status of an account on a workspace day. */
export function renewalState(
  account: { stage: Stage; renewalDate: string | null },
  today: string,
): RenewalState {
  if (!renews(account.stage) || !account.renewalDate) return { status: 'none', daysLeft: null };
  const daysLeft = dayNumber(account.renewalDate) - dayNumber(today);
  const status = daysLeft < 0 ? 'overdue' : daysLeft <= RENEWAL_DUE_DAYS ? 'due' : 'upcoming';
  return { status, daysLeft };
}

/** Pure: a day plus whole months, clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, last)));
  return date.toISOString().slice(0, 10);
}
