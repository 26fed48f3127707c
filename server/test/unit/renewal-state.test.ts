import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonthsToDay, renewalState } from '@trustcircle/contracts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';

dayjs.extend(utc);

describe('renewal state', () => {
  test('upcoming, due from 90 days out, overdue once the day has passed, none for who does not renew', () => {
    const on = (renewalDate: string | null, stage = 'customer' as const) =>
      renewalState({ stage, renewalDate }, '2026-12-07');
    assert.deepEqual(on('2027-03-08'), { status: 'upcoming', daysLeft: 91 });
    assert.deepEqual(on('2027-03-07'), { status: 'due', daysLeft: 90 });
    assert.deepEqual(on('2026-12-07'), { status: 'due', daysLeft: 0 });
    assert.deepEqual(on('2026-12-06'), { status: 'overdue', daysLeft: -1 });
    assert.deepEqual(on(null), { status: 'none', daysLeft: null });
    for (const stage of ['stranger', 'prospect', 'churned'] as const)
      assert.deepEqual(renewalState({ stage, renewalDate: '2026-01-01' }, '2026-12-07').status, 'none');
    assert.equal(
      renewalState({ stage: 'advocate', renewalDate: '2026-01-01' }, '2026-12-07').status,
      'overdue',
    );
  });

  test('months are added the calendar way, as dayjs adds them', () => {
    assert.equal(addMonthsToDay('2027-01-31', 1), '2027-02-28');
    assert.equal(addMonthsToDay('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonthsToDay('2027-11-30', 12), '2028-11-30');
    assert.equal(addMonthsToDay('2027-12-15', 1), '2028-01-15');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 120 }),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          assert.equal(addMonthsToDay(day, n), dayjs.utc(day).add(n, 'month').format('YYYY-MM-DD'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
