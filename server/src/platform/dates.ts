import { addMonthsToDay } from '@trustcircle/contracts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/**
 * Calendar days as `YYYY-MM-DD` strings. Due dates, check-in dates and cadences are days in
 * the workspace's time zone, not instants, so they are compared and shifted as plain days.
 */
export type Day = string;

/** The day it is at `now` in an IANA time zone (an unknown zone falls back to UTC). */
export function todayIn(timeZone: string, now: Date): Day {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const addDays = (day: Day, n: number): Day => dayjs.utc(day).add(n, 'day').format('YYYY-MM-DD');

/**
 * Months added the calendar's way: 31 January plus one month is the last day of February. The
 * contracts' version, which the web app uses too, so both sides count a term alike.
 */
export const addMonths = (day: Day, n: number): Day => addMonthsToDay(day, n);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number => dayjs.utc(to).diff(dayjs.utc(from), 'day');

const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Dec 15, 2026": a day as people read it in timelines and reasons (the app shows the same). */
export const formatDay = (day: Day): string => dayFormat.format(new Date(`${day}T00:00:00Z`));
