import type { PlanHealth, PlanTaskStatus, SideAccountability } from '@trustcircle/contracts';
import { type Day, daysBetween } from '../../platform/dates.ts';

/** A plan is at risk once its most overdue open task is this many days late… */
export const AT_RISK_AFTER_DAYS = 1;
/** …and stalled from this many. */
export const STALLED_AFTER_DAYS = 7;

export const CLOSED_TASK_STATUSES: readonly PlanTaskStatus[] = ['done', 'skipped'];
export const isClosed = (status: PlanTaskStatus) => CLOSED_TASK_STATUSES.includes(status);

export type CountedTask = {
  ownerSide: 'vendor' | 'customer';
  status: PlanTaskStatus;
  dueOn: Day | null;
  doneOn: Day | null;
  /** Internal tasks are the team's own to-dos: the customer never sees them, so they do not count. */
  internal?: boolean;
  /** Waiting on a task still open: the wait is not its owner's delay, so it does not count yet. */
  locked?: boolean;
};

/** Days past its due date for an open task; 0 on the due date itself and once done or skipped. */
export const taskDaysOverdue = (t: Pick<CountedTask, 'status' | 'dueOn'>, today: Day) =>
  !isClosed(t.status) && t.dueOn && t.dueOn < today ? daysBetween(t.dueOn, today) : 0;

/** A task whose dependencies are not all done or skipped cannot be started. */
export const isLocked = (dependencyStatuses: readonly PlanTaskStatus[]) =>
  dependencyStatuses.some((s) => !isClosed(s));

export const emptySide = (): SideAccountability => ({
  due: 0,
  doneOnTime: 0,
  doneLate: 0,
  overdue: 0,
  onTimeRate: null,
  daysOverdue: 0,
  maxDaysOverdue: 0,
});

/**
 * One side's record. Skipped and undated tasks do not count; a task counts once done, or once
 * its due date has passed (one due today still has time). On time is done on or before the day.
 */
export function sideAccountability(tasks: readonly CountedTask[], today: Day): SideAccountability {
  const s = emptySide();
  for (const t of tasks) {
    if (t.status === 'skipped' || !t.dueOn) continue;
    if (t.status === 'done') {
      s.due++;
      if (t.doneOn && t.doneOn > t.dueOn) s.doneLate++;
      else s.doneOnTime++;
      continue;
    }
    const late = t.locked ? 0 : taskDaysOverdue(t, today);
    if (late === 0) continue;
    s.due++;
    s.overdue++;
    s.daysOverdue += late;
    s.maxDaysOverdue = Math.max(s.maxDaysOverdue, late);
  }
  return { ...s, onTimeRate: s.due === 0 ? null : s.doneOnTime / s.due };
}

/** Adds up sides (an account's plans), keeping the worst single task for maxDaysOverdue. */
export function sumSides(sides: readonly SideAccountability[]): SideAccountability {
  const s = emptySide();
  for (const x of sides) {
    s.due += x.due;
    s.doneOnTime += x.doneOnTime;
    s.doneLate += x.doneLate;
    s.overdue += x.overdue;
    s.daysOverdue += x.daysOverdue;
    s.maxDaysOverdue = Math.max(s.maxDaysOverdue, x.maxDaysOverdue);
  }
  return { ...s, onTimeRate: s.due === 0 ? null : s.doneOnTime / s.due };
}

/** From how late the most overdue open task is, on either side. */
export function planHealth(maxDaysOverdue: number): PlanHealth {
  if (maxDaysOverdue >= STALLED_AFTER_DAYS) return 'stalled';
  if (maxDaysOverdue >= AT_RISK_AFTER_DAYS) return 'at_risk';
  return 'on_track';
}

/**
 * Both sides' records and the plan's health, over the tasks both sides can see, so the team's
 * page and the customer's share page show the same figures.
 */
export function accountability(all: readonly CountedTask[], today: Day) {
  const tasks = all.filter((t) => !t.internal);
  const vendor = sideAccountability(
    tasks.filter((t) => t.ownerSide === 'vendor'),
    today,
  );
  const customer = sideAccountability(
    tasks.filter((t) => t.ownerSide === 'customer'),
    today,
  );
  return { vendor, customer, health: planHealth(Math.max(vendor.maxDaysOverdue, customer.maxDaysOverdue)) };
}
