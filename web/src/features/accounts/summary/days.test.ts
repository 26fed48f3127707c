import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayIn, daysBetween, durationSince, relativeDay, todayIn } from './days.ts';

test("today is the workspace's calendar day, not the browser's", () => {
  const now = new Date('2026-12-07T23:30:00Z');
  assert.equal(todayIn('UTC', now), '2026-12-07');
  assert.equal(todayIn('Pacific/Auckland', now), '2026-12-08');
  assert.equal(todayIn('America/Los_Angeles', now), '2026-12-07');
  assert.equal(todayIn('America/Los_Angeles', new Date('2026-12-08T05:00:00Z')), '2026-12-07');
});

test('an unknown time zone falls back to the local day rather than failing the page', () => {
  assert.match(todayIn('Not/AZone', new Date('2026-12-07T12:00:00Z')), /^2026-12-0[678]$/);
});

test('days between calendar days, either way', () => {
  assert.equal(daysBetween('2026-12-07', '2026-12-14'), 7);
  assert.equal(daysBetween('2026-12-07', '2026-11-30'), -7);
  assert.equal(daysBetween('2026-02-28', '2026-03-01'), 1);
});

test('a day against today', () => {
  const today = '2026-12-07';
  assert.equal(relativeDay('2026-12-07', today), 'today');
  assert.equal(relativeDay('2026-12-08', today), 'tomorrow');
  assert.equal(relativeDay('2026-12-06', today), 'yesterday');
  assert.equal(relativeDay('2026-12-12', today), 'in 5 days');
  assert.equal(relativeDay('2026-12-04', today), '3 days ago');
});

test('how long since: days, then weeks, months and years', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  assert.equal(durationSince('2026-12-07T08:00:00Z', now), 'less than a day');
  assert.equal(durationSince('2026-12-06T12:00:00Z', now), '1 day');
  assert.equal(durationSince('2026-11-24T12:00:00Z', now), '13 days');
  assert.equal(durationSince('2026-11-23T12:00:00Z', now), '2 weeks');
  assert.equal(durationSince('2026-10-09T12:00:00Z', now), '8 weeks');
  assert.equal(durationSince('2026-08-01T12:00:00Z', now), '4 months');
  assert.equal(durationSince('2025-01-07T12:00:00Z', now), '23 months');
  assert.equal(durationSince('2024-12-07T12:00:00Z', now), '2 years');
});

test('an instant falls on its day in the workspace time zone', () => {
  assert.equal(dayIn('2026-11-08T22:30:00Z', 'UTC'), '2026-11-08');
  assert.equal(dayIn('2026-11-08T22:30:00Z', 'Asia/Tokyo'), '2026-11-09');
});
