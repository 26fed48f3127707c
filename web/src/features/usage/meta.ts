import type { AccountUsage } from '@trustcircle/contracts';
import { dayjs } from '../../lib/format.ts';

export type UsageUser = AccountUsage['topUsers'][number];

/** The ranges the Usage tab offers, in days up to today. */
export const RANGES = [30, 90, 180, 365] as const;
export type RangeDays = (typeof RANGES)[number];
export const DEFAULT_RANGE: RangeDays = 90;
export const isRange = (v: number): v is RangeDays => (RANGES as readonly number[]).includes(v);

/** The server counts days in UTC, so the range is computed in UTC too. */
export function rangeOf(days: RangeDays, now = dayjs()): { from: string; to: string } {
  const to = now.utc();
  return { from: to.subtract(days - 1, 'day').format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') };
}

/** "page:Pricing" reads as "Pricing (page)"; a track event keeps its own name. */
export function eventLabel(event: string): string {
  const m = /^(page|screen):(.*)$/.exec(event);
  return m ? `${m[2]} (${m[1]})` : event;
}

/** A person as the usage lists show them: name, else email, else the id their product uses. */
export function personLabel(u: Pick<UsageUser, 'name' | 'email' | 'userKey'>): string {
  if (u.name) return u.name;
  if (u.email) return u.email;
  return u.userKey.startsWith('a:') ? 'Anonymous visitor' : u.userKey.replace(/^u:/, '');
}

/** "Today", "Yesterday", "12 days ago" for a calendar day (YYYY-MM-DD, UTC). */
export function daysAgo(day: string | null, now = dayjs()): string {
  if (!day) return '—';
  const n = now.utc().startOf('day').diff(dayjs.utc(day).startOf('day'), 'day');
  if (n <= 0) return 'Today';
  if (n === 1) return 'Yesterday';
  return `${n} days ago`;
}

/** "+12%" / "−25%" for a relative change such as 0.12 or -0.25. */
export function formatChange(change: number): string {
  const pct = Math.round(change * 100);
  if (pct === 0) return '0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct).toLocaleString()}%`;
}
