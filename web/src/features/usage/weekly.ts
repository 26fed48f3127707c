import type { AccountUsage } from '@trustcircle/contracts';
import { dayjs } from '../../lib/format.ts';

export type WeekUsage = {
  /** first and last day of the week (YYYY-MM-DD, UTC like the rollups) */
  from: string;
  to: string;
  events: number;
  /** the most people active on one day of the week (the rollups count people per day) */
  peakPeople: number;
};

/**
 * The daily rollups folded into the last `weeks` whole weeks ending on `to`, oldest first.
 * Weeks end on `to` rather than on a Sunday so the latest bar is never a half week; a day
 * the rollups do not list counts as nothing.
 */
export function weeklyUsage(byDay: AccountUsage['byDay'], to: string, weeks: number): WeekUsage[] {
  const perDay = new Map(byDay.map((d) => [d.day, d]));
  const end = dayjs.utc(to);
  const out: WeekUsage[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const last = end.subtract(w * 7, 'day');
    const week: WeekUsage = {
      from: last.subtract(6, 'day').format('YYYY-MM-DD'),
      to: last.format('YYYY-MM-DD'),
      events: 0,
      peakPeople: 0,
    };
    for (let d = 0; d < 7; d++) {
      const day = perDay.get(last.subtract(d, 'day').format('YYYY-MM-DD'));
      if (!day) continue;
      week.events += day.events;
      week.peakPeople = Math.max(week.peakPeople, day.users);
    }
    out.push(week);
  }
  return out;
}
