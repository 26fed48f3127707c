import type { PromiseStatus, PromiseTally } from '@trustcircle/contracts';
import { type Day, daysBetween } from '../../platform/dates.ts';

/**
 * The promise ledger's rules, pure. A promise is active (open, or renegotiated to a new date)
 * until it is delivered (kept by its due day, late after it) or declared broken.
 */
export const ACTIVE_STATUSES: PromiseStatus[] = ['open', 'renegotiated'];
export const isActive = (status: PromiseStatus) => ACTIVE_STATUSES.includes(status);

/** Delivered on or before the due day is kept; after it, late. */
export const resolvedStatus = (
  outcome: 'delivered' | 'broken',
  dueOn: Day,
  on: Day,
): 'kept' | 'late' | 'broken' => (outcome === 'broken' ? 'broken' : on <= dueOn ? 'kept' : 'late');

/** Days past the due day for an active promise (0 on the due day itself and for resolved ones). */
export const daysOverdue = (status: PromiseStatus, dueOn: Day, today: Day) =>
  isActive(status) && dueOn < today ? daysBetween(dueOn, today) : 0;

type Counted = { status: PromiseStatus; due_on: Day; resolved_on: Day | null };

/**
 * Whether a promise has "come due" by today: it is resolved, or its due day has passed. A
 * promise due today and still open is not counted yet: there is still time to keep it.
 */
const cameDue = (p: Counted, today: Day) => !isActive(p.status) || p.due_on < today;

/** The day a promise counts for: its due day, or the day it was settled when that was earlier. */
export const settledOn = (p: Counted): Day =>
  !isActive(p.status) && p.resolved_on && p.resolved_on < p.due_on ? p.resolved_on : p.due_on;

/** Kept ÷ came due. Late deliveries and broken or overdue promises all count against the rate. */
export function tally(rows: Counted[], today: Day): PromiseTally {
  const t = { due: 0, kept: 0, late: 0, broken: 0, overdue: 0 };
  for (const p of rows) {
    if (!cameDue(p, today)) continue;
    t.due++;
    if (p.status === 'kept') t.kept++;
    else if (p.status === 'late') t.late++;
    else if (p.status === 'broken') t.broken++;
    else t.overdue++;
  }
  return { ...t, keepingRate: t.due === 0 ? null : t.kept / t.due };
}

/** The months a period covers, as YYYY-MM, oldest first. */
export function monthsOf(from: Day, to: Day): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/** Tallies grouped by a key (an owner, an account, a month), in the order the keys come. */
export function tallyBy<R extends Counted, K>(rows: R[], keyOf: (r: R) => K, today: Day) {
  const groups = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([key, list]) => ({ key, tally: tally(list, today) }));
}
