import { dayjs } from '../../../lib/format.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The calendar day it is in the workspace's time zone (YYYY-MM-DD). Due days count from it, as
 * on the server, so a check-in due today is not "late" in the browser of someone abroad.
 */
export function todayIn(timezone: string, now: Date = new Date()): string {
  try {
    return dayjs(now).tz(timezone).format('YYYY-MM-DD');
  } catch {
    return dayjs(now).format('YYYY-MM-DD');
  }
}

/** The calendar day an instant falls on in the workspace's time zone. */
export const dayIn = (iso: string, timezone: string): string => todayIn(timezone, new Date(iso));

/** Whole days from one calendar day to another (YYYY-MM-DD); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  dayjs.utc(to).startOf('day').diff(dayjs.utc(from).startOf('day'), 'day');

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago" for a day against today. */
export function relativeDay(day: string, today: string): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${plural(n, 'day')}` : `${plural(-n, 'day')} ago`;
}

/**
 * How long an account has been where it is, as a CSM says it: "12 days", "5 weeks",
 * "4 months", "2 years". Under a day is "less than a day".
 */
export function durationSince(since: string, now: Date = new Date()): string {
  const start = dayjs(since);
  const end = dayjs(now);
  const days = end.diff(start, 'day');
  if (days < 1) return 'less than a day';
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  const months = end.diff(start, 'month');
  if (months < 24) return plural(months, 'month');
  return plural(end.diff(start, 'year'), 'year');
}
