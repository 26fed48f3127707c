import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/**
 * Pure: turns an account's per-day rollups into the usage summary the API and the Usage tab
 * show. Days are UTC calendar days as "YYYY-MM-DD" strings.
 */

export type DayEventCount = { day: string; event: string; count: number };
export type DayUserCount = { day: string; user_key: string; count: number };

export const shiftDay = (day: string, n: number) => dayjs.utc(day).add(n, 'day').format('YYYY-MM-DD');
export const dayOf = (at: Date) => dayjs.utc(at).format('YYYY-MM-DD');

export type UserFigures = { userKey: string; events: number; activeDays: number; lastDay: string };

export function summarizeUsage(input: {
  from: string;
  to: string;
  events: DayEventCount[];
  users: DayUserCount[];
}) {
  const { from, to } = input;
  const inRange = (d: string, a: string, b: string) => d >= a && d <= b;
  const byEvent = new Map<string, number>();
  const eventsPerDay = new Map<string, number>();
  let totalEvents = 0;
  let current = 0;
  let previous = 0;
  const currentFrom = shiftDay(to, -29);
  const previousFrom = shiftDay(to, -59);
  const previousTo = shiftDay(to, -30);
  for (const r of input.events) {
    const n = Number(r.count);
    if (inRange(r.day, currentFrom, to)) current += n;
    else if (inRange(r.day, previousFrom, previousTo)) previous += n;
    if (!inRange(r.day, from, to)) continue;
    totalEvents += n;
    byEvent.set(r.event, (byEvent.get(r.event) ?? 0) + n);
    eventsPerDay.set(r.day, (eventsPerDay.get(r.day) ?? 0) + n);
  }

  const usersPerDay = new Map<string, Set<string>>();
  const distinctSince = (start: string) => {
    const s = new Set<string>();
    for (const r of input.users) if (inRange(r.day, start, to)) s.add(r.user_key);
    return s.size;
  };
  const people = new Map<string, UserFigures>();
  for (const r of input.users) {
    if (!inRange(r.day, from, to)) continue;
    const set = usersPerDay.get(r.day) ?? new Set<string>();
    usersPerDay.set(r.day, set);
    set.add(r.user_key);
    const p = people.get(r.user_key) ?? { userKey: r.user_key, events: 0, activeDays: 0, lastDay: r.day };
    p.events += Number(r.count);
    p.activeDays++;
    if (r.day > p.lastDay) p.lastDay = r.day;
    people.set(r.user_key, p);
  }

  const days = dayjs.utc(to).diff(dayjs.utc(from), 'day') + 1;
  const byDay = Array.from({ length: days }, (_, i) => {
    const day = shiftDay(from, i);
    return { day, events: eventsPerDay.get(day) ?? 0, users: usersPerDay.get(day)?.size ?? 0 };
  });
  const ranked = [...people.values()].sort(
    (a, b) => b.events - a.events || a.userKey.localeCompare(b.userKey),
  );
  return {
    totalEvents,
    activeUsers: {
      daily: distinctSince(to),
      weekly: distinctSince(shiftDay(to, -6)),
      monthly: distinctSince(currentFrom),
    },
    byEvent: [...byEvent.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    byDay,
    trend: { current, previous, change: previous > 0 ? (current - previous) / previous : null },
    top: ranked.slice(0, 5),
    least: ranked.length > 5 ? ranked.slice(Math.max(5, ranked.length - 5)).reverse() : [],
  };
}
