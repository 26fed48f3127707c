import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renewalCountdown } from './renewal.ts';

const today = '2026-12-07';

test('no renewal date, no countdown', () => {
  assert.equal(renewalCountdown(null, 'customer', today), null);
});

test('a paying account whose renewal day has passed is overdue, by whole days', () => {
  assert.deepEqual(renewalCountdown('2026-12-06', 'customer', today), {
    days: -1,
    state: 'overdue',
    label: 'overdue by 1 day',
  });
  assert.equal(renewalCountdown('2026-11-07', 'advocate', today)?.label, 'overdue by 30 days');
});

test('for an account that does not pay, a passed renewal is history, not overdue', () => {
  assert.equal(renewalCountdown('2026-12-01', 'churned', today)?.state, 'past');
  assert.equal(renewalCountdown('2026-12-01', 'prospect', today)?.label, 'passed 6 days ago');
});

test('today and tomorrow are due; the next 30 days soon, then near up to 90 days', () => {
  assert.equal(renewalCountdown(today, 'customer', today)?.label, 'today');
  assert.equal(renewalCountdown('2026-12-08', 'customer', today)?.label, 'tomorrow');
  assert.deepEqual(renewalCountdown('2027-01-06', 'customer', today), {
    days: 30,
    state: 'soon',
    label: 'in 30 days',
  });
  assert.equal(renewalCountdown('2027-01-07', 'customer', today)?.state, 'near');
  assert.equal(renewalCountdown('2027-03-07', 'customer', today)?.state, 'near');
  assert.equal(renewalCountdown('2027-03-08', 'customer', today)?.state, 'later');
});

test('beyond two months the countdown reads in months', () => {
  assert.equal(renewalCountdown('2027-02-05', 'customer', today)?.label, 'in 2 months');
  assert.equal(renewalCountdown('2027-12-07', 'customer', today)?.label, 'in 12 months');
});

test('days are calendar days, whatever the hour or the daylight-saving change between them', () => {
  assert.equal(renewalCountdown('2027-03-29', 'customer', '2027-03-27')?.days, 2);
  assert.equal(renewalCountdown('2026-10-26', 'customer', '2026-10-24')?.days, 2);
});
