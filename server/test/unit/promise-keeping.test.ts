import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  daysOverdue,
  monthsOf,
  resolvedStatus,
  settledOn,
  tally,
} from '../../src/modules/promises/keeping.ts';

test('delivered on the due day is kept, a day after is late', () => {
  assert.equal(resolvedStatus('delivered', '2026-02-28', '2026-02-28'), 'kept');
  assert.equal(resolvedStatus('delivered', '2026-02-28', '2026-03-01'), 'late');
  assert.equal(resolvedStatus('broken', '2026-02-28', '2026-01-01'), 'broken');
});

test('days overdue count calendar days across month ends and leap days, only for active promises', () => {
  assert.equal(daysOverdue('open', '2028-02-28', '2028-03-01'), 2, 'leap year: 29 February counts');
  assert.equal(daysOverdue('open', '2027-02-28', '2027-03-01'), 1);
  assert.equal(daysOverdue('renegotiated', '2026-12-31', '2027-01-01'), 1);
  assert.equal(daysOverdue('open', '2026-12-31', '2026-12-31'), 0, 'not overdue on its due day');
  assert.equal(daysOverdue('kept', '2026-01-01', '2026-12-31'), 0);
});

test('the keeping rate is kept ÷ came due; today’s open ones and future ones wait', () => {
  const t = tally(
    [
      { status: 'kept', due_on: '2026-03-01', resolved_on: '2026-02-27' },
      { status: 'late', due_on: '2026-03-02', resolved_on: '2026-03-05' },
      { status: 'broken', due_on: '2026-03-03', resolved_on: '2026-03-01' },
      { status: 'open', due_on: '2026-03-04', resolved_on: null },
      { status: 'open', due_on: '2026-03-10', resolved_on: null },
      { status: 'kept', due_on: '2026-03-10', resolved_on: '2026-03-10' },
      { status: 'kept', due_on: '2026-04-20', resolved_on: '2026-03-08' },
      { status: 'open', due_on: '2026-04-01', resolved_on: null },
    ],
    '2026-03-10',
  );
  // Kept early counts now: it is settled. Open and due today or later does not, yet.
  assert.deepEqual(t, { due: 6, kept: 3, late: 1, broken: 1, overdue: 1, keepingRate: 0.5 });
  assert.equal(tally([], '2026-03-10').keepingRate, null);
});

test('the rate is always between 0 and 1 and the parts add up', () => {
  const status = fc.constantFrom('open', 'renegotiated', 'kept', 'late', 'broken');
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
  fc.assert(
    fc.property(
      fc.array(fc.record({ status, due_on: day, resolved_on: fc.option(day) })),
      day,
      (rows, today) => {
        const t = tally(rows as never, today);
        assert.equal(t.kept + t.late + t.broken + t.overdue, t.due);
        if (t.keepingRate !== null) assert.ok(t.keepingRate >= 0 && t.keepingRate <= 1);
      },
    ),
  );
});

test('a period’s months run across a year end', () => {
  assert.deepEqual(monthsOf('2025-11-15', '2026-02-01'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsOf('2026-03-01', '2026-03-31'), ['2026-03']);
});

test('a promise counts on the day it was settled when that was before its due day', () => {
  assert.equal(settledOn({ status: 'kept', due_on: '2026-05-01', resolved_on: '2026-04-20' }), '2026-04-20');
  assert.equal(settledOn({ status: 'late', due_on: '2026-05-01', resolved_on: '2026-05-03' }), '2026-05-01');
  assert.equal(settledOn({ status: 'open', due_on: '2026-05-01', resolved_on: null }), '2026-05-01');
});
