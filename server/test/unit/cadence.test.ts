import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  cadenceDefaults,
  DEFAULT_CADENCES,
  daysOverdue,
  effectiveCadence,
  nextCheckInDay,
  stepCadence,
} from '../../src/modules/checkins/cadence.ts';
import { addDays, daysBetween, todayIn } from '../../src/platform/dates.ts';

describe('check-in cadence clocks', () => {
  test('weekly and biweekly are 7 and 14 days, across month and year ends', () => {
    assert.equal(stepCadence('2026-03-28', 'weekly'), '2026-04-04');
    assert.equal(stepCadence('2026-12-25', 'weekly'), '2027-01-01');
    assert.equal(stepCadence('2026-02-20', 'biweekly'), '2026-03-06');
    assert.equal(stepCadence('2028-02-20', 'biweekly'), '2028-03-05', 'a leap February has 29 days');
  });

  test('monthly from a month end lands on the last day of a shorter month', () => {
    assert.equal(stepCadence('2026-01-31', 'monthly'), '2026-02-28');
    assert.equal(stepCadence('2028-01-31', 'monthly'), '2028-02-29', 'leap year');
    assert.equal(stepCadence('2028-01-30', 'monthly'), '2028-02-29');
    assert.equal(stepCadence('2026-03-31', 'monthly'), '2026-04-30');
    assert.equal(stepCadence('2026-12-31', 'monthly'), '2027-01-31', 'over the year end');
    assert.equal(stepCadence('2026-01-15', 'monthly'), '2026-02-15');
    // Each step counts from the day it is given: held on the 28th, the next is the 28th.
    assert.equal(stepCadence('2026-02-28', 'monthly'), '2026-03-28');
  });

  test('quarterly is three calendar months, clamped at month ends', () => {
    assert.equal(stepCadence('2026-01-15', 'quarterly'), '2026-04-15');
    assert.equal(stepCadence('2025-11-30', 'quarterly'), '2026-02-28');
    assert.equal(stepCadence('2027-11-30', 'quarterly'), '2028-02-29', 'into a leap February');
    assert.equal(stepCadence('2026-08-31', 'quarterly'), '2026-11-30');
    assert.equal(stepCadence('2026-10-31', 'quarterly'), '2027-01-31');
  });

  test('the next check-in: one cadence after the last, today when there was none, never without a cadence', () => {
    assert.equal(nextCheckInDay('2026-01-31', 'monthly', '2026-02-10'), '2026-02-28');
    assert.equal(nextCheckInDay(null, 'monthly', '2026-02-10'), '2026-02-10');
    assert.equal(nextCheckInDay('2026-01-01', 'none', '2026-02-10'), null);
    assert.equal(nextCheckInDay(null, 'none', '2026-02-10'), null);
    assert.equal(
      nextCheckInDay('2025-10-01', 'monthly', '2026-02-10'),
      '2025-11-01',
      'a long gap gives a day already past: the account is overdue',
    );
  });

  test('overdue counts whole days past the scheduled day, only while scheduled', () => {
    assert.equal(daysOverdue('scheduled', '2026-02-27', '2026-03-01'), 2);
    assert.equal(daysOverdue('scheduled', '2028-02-27', '2028-03-01'), 3, 'leap day counts');
    assert.equal(daysOverdue('scheduled', '2026-03-01', '2026-03-01'), 0, 'due today is not overdue');
    assert.equal(daysOverdue('scheduled', '2026-03-05', '2026-03-01'), 0);
    assert.equal(daysOverdue('done', '2026-01-01', '2026-03-01'), 0);
    assert.equal(daysOverdue('skipped', '2026-01-01', '2026-03-01'), 0);
  });

  test("an account's own cadence wins over its tier's default; no tier uses the untiered default", () => {
    const defaults = { ...DEFAULT_CADENCES, starter: 'none' as const };
    assert.equal(effectiveCadence(null, 'strategic', defaults), 'biweekly');
    assert.equal(effectiveCadence(null, 'starter', defaults), 'none');
    assert.equal(effectiveCadence('weekly', 'starter', defaults), 'weekly');
    assert.equal(effectiveCadence('none', 'strategic', defaults), 'none');
    assert.equal(effectiveCadence(null, null, defaults), 'monthly');
  });

  test('stored defaults are read key by key; anything unreadable falls back to the built-in', () => {
    assert.deepEqual(cadenceDefaults(undefined), DEFAULT_CADENCES);
    assert.deepEqual(cadenceDefaults('weekly'), DEFAULT_CADENCES);
    assert.deepEqual(cadenceDefaults({ growth: 'weekly', starter: 'hourly', untiered: 3 }), {
      ...DEFAULT_CADENCES,
      growth: 'weekly',
    });
  });

  test('monthly steps land in the next calendar month, never skip one, and never go past its end', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const next = stepCadence(d, 'monthly');
        const [y, m] = d.split('-').map(Number) as [number, number];
        const expected = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        assert.equal(next.slice(0, 7), expected);
        assert.ok(Number(next.slice(8)) <= Number(d.slice(8)), 'the day of month never grows');
        const gap = daysBetween(d, next);
        assert.ok(gap >= 28 && gap <= 31, `${d} → ${next} is ${gap} days`);
      }),
    );
  });
});

describe('"today" depends on the workspace time zone', () => {
  // 23:30 UTC on 31 January: already 1 February in Auckland (UTC+13 in summer), still
  // 31 January afternoon in Los Angeles (UTC−8).
  const lateJanuary = new Date('2026-01-31T23:30:00Z');

  test('the same instant is a different day in Auckland and Los Angeles', () => {
    assert.equal(todayIn('Pacific/Auckland', lateJanuary), '2026-02-01');
    assert.equal(todayIn('America/Los_Angeles', lateJanuary), '2026-01-31');
    assert.equal(todayIn('UTC', lateJanuary), '2026-01-31');
    assert.equal(todayIn('Not/AZone', lateJanuary), '2026-01-31', 'an unknown zone falls back to UTC');
  });

  test('a check-in scheduled for 31 January is overdue in Auckland and not yet in Los Angeles', () => {
    const auckland = todayIn('Pacific/Auckland', lateJanuary);
    const losAngeles = todayIn('America/Los_Angeles', lateJanuary);
    assert.equal(daysOverdue('scheduled', '2026-01-31', auckland), 1);
    assert.equal(daysOverdue('scheduled', '2026-01-31', losAngeles), 0);
  });

  test('a first check-in is due on the local today, so the monthly one after it follows the local calendar', () => {
    const auckland = todayIn('Pacific/Auckland', lateJanuary);
    const losAngeles = todayIn('America/Los_Angeles', lateJanuary);
    assert.equal(nextCheckInDay(null, 'monthly', auckland), '2026-02-01');
    assert.equal(nextCheckInDay(null, 'monthly', losAngeles), '2026-01-31');
    assert.equal(stepCadence(nextCheckInDay(null, 'monthly', losAngeles) ?? '', 'monthly'), '2026-02-28');
    assert.equal(stepCadence(nextCheckInDay(null, 'monthly', auckland) ?? '', 'monthly'), '2026-03-01');
  });

  test('around a daylight-saving change the day still advances by exactly one per 24 hours at noon', () => {
    // New Zealand ends daylight saving on 5 April 2026; the US starts it on 8 March 2026.
    for (const [zone, from] of [
      ['Pacific/Auckland', '2026-04-03'],
      ['America/Los_Angeles', '2026-03-06'],
    ] as const) {
      let day: string = from;
      for (let i = 0; i < 5; i++) {
        const noonUtc = new Date(`${addDays(from, i)}T12:00:00Z`);
        const local = todayIn(zone, noonUtc);
        if (i > 0) assert.equal(daysBetween(day, local), 1, `${zone} ${local}`);
        day = local;
      }
    }
  });
});
