import type { CheckinCadence, CheckinCadenceDefaults, Stage, Tier } from '@trustcircle/contracts';
import { addDays, addMonths, type Day, daysBetween } from '../../platform/dates.ts';

/**
 * Pure cadence clocks. Check-in dates are calendar days in the workspace's time zone (see
 * platform/dates.ts), so every rule here works on `YYYY-MM-DD` days, never on instants.
 */

/** What a workspace gets until an admin says otherwise: closer contact for bigger accounts. */
export const DEFAULT_CADENCES: CheckinCadenceDefaults = {
  strategic: 'biweekly',
  enterprise: 'monthly',
  growth: 'monthly',
  starter: 'quarterly',
  untiered: 'monthly',
};

/** Only accounts the team serves have check-ins on a cadence. */
export const STAGES_ON_CADENCE: readonly Stage[] = ['customer', 'advocate'];

export const isOnCadence = (stage: Stage) => STAGES_ON_CADENCE.includes(stage);

/** The stored defaults over the built-in ones; anything unreadable falls back to the built-in. */
export function cadenceDefaults(stored: unknown): CheckinCadenceDefaults {
  const out = { ...DEFAULT_CADENCES };
  if (!stored || typeof stored !== 'object') return out;
  for (const key of Object.keys(out) as Array<keyof CheckinCadenceDefaults>) {
    const v = (stored as Record<string, unknown>)[key];
    if (isCadence(v)) out[key] = v;
  }
  return out;
}

const CADENCES: readonly string[] = ['weekly', 'biweekly', 'monthly', 'quarterly', 'none'];
const isCadence = (v: unknown): v is CheckinCadence => typeof v === 'string' && CADENCES.includes(v);

export const tierDefault = (tier: Tier | null, defaults: CheckinCadenceDefaults): CheckinCadence =>
  defaults[tier ?? 'untiered'];

/** An account's own cadence wins over its tier's default. */
export const effectiveCadence = (
  override: CheckinCadence | null,
  tier: Tier | null,
  defaults: CheckinCadenceDefaults,
): CheckinCadence => override ?? tierDefault(tier, defaults);

/**
 * The day after `day` one cadence later. Months are calendar months (the 31st of January plus
 * a month is the last day of February), and each step counts from the day it is given, so a
 * monthly cadence anchored on the 31st drifts to the 28th only when a check-in is held then.
 */
export function stepCadence(day: Day, cadence: Exclude<CheckinCadence, 'none'>): Day {
  switch (cadence) {
    case 'weekly':
      return addDays(day, 7);
    case 'biweekly':
      return addDays(day, 14);
    case 'monthly':
      return addMonths(day, 1);
    case 'quarterly':
      return addMonths(day, 3);
  }
}

/**
 * When the next check-in falls due: one cadence after the last one (held, or skipped on its
 * day); today when there was none; null when the account has no cadence. The day may be in
 * the past: then the account is already overdue, and the list says so.
 */
export function nextCheckInDay(last: Day | null, cadence: CheckinCadence, today: Day): Day | null {
  if (cadence === 'none') return null;
  if (!last) return today;
  return stepCadence(last, cadence);
}

/** How many days a check-in is past its day; 0 unless it is still scheduled and the day has passed. */
export function daysOverdue(status: string, scheduledOn: Day, today: Day): number {
  if (status !== 'scheduled') return 0;
  return Math.max(0, daysBetween(scheduledOn, today));
}
