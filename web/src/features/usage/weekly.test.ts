import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weeklyUsage } from './weekly.ts';

test('days fold into whole weeks ending on the last day, oldest first', () => {
  const byDay = [
    { day: '2026-11-23', events: 4, users: 1 }, // before the two weeks: left out
    { day: '2026-11-24', events: 2, users: 1 },
    { day: '2026-11-30', events: 3, users: 2 },
    { day: '2026-12-01', events: 5, users: 3 },
    { day: '2026-12-07', events: 1, users: 1 },
  ];
  assert.deepEqual(weeklyUsage(byDay, '2026-12-07', 2), [
    { from: '2026-11-24', to: '2026-11-30', events: 5, peakPeople: 2 },
    { from: '2026-12-01', to: '2026-12-07', events: 6, peakPeople: 3 },
  ]);
});

test('weeks without rollups are empty, not missing', () => {
  const weeks = weeklyUsage([], '2026-12-07', 3);
  assert.equal(weeks.length, 3);
  assert.deepEqual(
    weeks.map((w) => [w.from, w.events, w.peakPeople]),
    [
      ['2026-11-17', 0, 0],
      ['2026-11-24', 0, 0],
      ['2026-12-01', 0, 0],
    ],
  );
});
