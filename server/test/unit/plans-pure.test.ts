import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AT_RISK_AFTER_DAYS,
  accountability,
  type CountedTask,
  isLocked,
  planHealth,
  STALLED_AFTER_DAYS,
  sideAccountability,
  sumSides,
  taskDaysOverdue,
} from '../../src/modules/plans/accountability.ts';
import { findCycle, resolveDueDates } from '../../src/modules/plans/dueDates.ts';

const task = (t: Partial<CountedTask>): CountedTask => ({
  ownerSide: 'customer',
  status: 'not_started',
  dueOn: '2026-03-10',
  doneOn: null,
  ...t,
});

describe('relative due dates', () => {
  test('from the plan start and from another task, in calendar days across month ends', () => {
    const r = resolveDueDates('2026-01-31', [
      { id: 'a', dueOn: null, dueRule: { from: 'plan_start', days: 1 } },
      { id: 'b', dueOn: null, dueRule: { from: 'task', taskId: 'a', days: 28 } },
      { id: 'c', dueOn: null, dueRule: { from: 'task', taskId: 'b', days: -1 } },
      { id: 'd', dueOn: '2026-05-05', dueRule: null },
      { id: 'e', dueOn: null, dueRule: { from: 'plan_start', days: 29 } },
    ]);
    assert.ok(r.ok);
    assert.deepEqual(Object.fromEntries(r.dueOn), {
      a: '2026-02-01',
      b: '2026-03-01',
      c: '2026-02-28',
      d: '2026-05-05',
      e: '2026-03-01',
    });
  });

  test('leap years and a task dated from one without a date', () => {
    const r = resolveDueDates('2028-02-28', [
      { id: 'a', dueOn: null, dueRule: { from: 'plan_start', days: 1 } },
      { id: 'x', dueOn: null, dueRule: null },
      { id: 'y', dueOn: null, dueRule: { from: 'task', taskId: 'x', days: 3 } },
      { id: 'z', dueOn: null, dueRule: { from: 'task', taskId: 'gone', days: 3 } },
    ]);
    assert.ok(r.ok);
    assert.equal(r.dueOn.get('a'), '2028-02-29');
    assert.equal(r.dueOn.get('y'), null);
    assert.equal(r.dueOn.get('z'), null);
  });

  test('a circle of relative dates is found, not followed forever', () => {
    const r = resolveDueDates('2026-01-01', [
      { id: 'a', dueOn: null, dueRule: { from: 'task', taskId: 'c', days: 1 } },
      { id: 'b', dueOn: null, dueRule: { from: 'task', taskId: 'a', days: 1 } },
      { id: 'c', dueOn: null, dueRule: { from: 'task', taskId: 'b', days: 1 } },
    ]);
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && [...r.cycle].sort(), ['a', 'b', 'c']);
    const self = resolveDueDates('2026-01-01', [
      { id: 'a', dueOn: null, dueRule: { from: 'task', taskId: 'a', days: 0 } },
    ]);
    assert.equal(self.ok, false);
  });

  test('findCycle on dependencies: a diamond is fine, a loop is not', () => {
    const diamond = new Map([
      ['d', ['b', 'c']],
      ['b', ['a']],
      ['c', ['a']],
      ['a', []],
    ]);
    assert.equal(findCycle(diamond), null);
    diamond.set('a', ['d']);
    assert.ok(findCycle(diamond));
  });
});

describe('relative dates after a late task', () => {
  test('a task dated from one done late counts from the day it was done; done early, nothing moves', () => {
    const rule = { from: 'task', taskId: 'kickoff', days: 3 } as const;
    const plan = (doneOn: string | null) =>
      resolveDueDates('2026-03-01', [
        { id: 'kickoff', dueOn: '2026-03-05', dueRule: null, doneOn },
        { id: 'team', dueOn: null, dueRule: rule },
      ]);
    const due = (doneOn: string | null) => {
      const r = plan(doneOn);
      return r.ok ? r.dueOn.get('team') : 'cycle';
    };
    assert.equal(due(null), '2026-03-08');
    assert.equal(due('2026-03-12'), '2026-03-15');
    assert.equal(due('2026-03-02'), '2026-03-08');
  });
});

describe('mutual accountability', () => {
  const today = '2026-03-10';

  test('a task due today is not overdue; one due yesterday is one day overdue', () => {
    assert.equal(taskDaysOverdue({ status: 'in_progress', dueOn: today }, today), 0);
    assert.equal(taskDaysOverdue({ status: 'in_progress', dueOn: '2026-03-09' }, today), 1);
    assert.equal(taskDaysOverdue({ status: 'blocked', dueOn: '2026-02-28' }, today), 10);
    assert.equal(taskDaysOverdue({ status: 'done', dueOn: '2026-02-28' }, today), 0);
    assert.equal(taskDaysOverdue({ status: 'not_started', dueOn: null }, today), 0);
    const s = sideAccountability([task({ dueOn: today })], today);
    assert.deepEqual([s.due, s.overdue, s.onTimeRate], [0, 0, null]);
  });

  test('a task waiting on an open one is not held against its side; internal tasks never count', () => {
    const waiting = task({ ownerSide: 'customer', dueOn: '2026-03-01', locked: true });
    const theirs = accountability([waiting, task({ ownerSide: 'vendor', dueOn: '2026-02-28' })], today);
    assert.deepEqual([theirs.customer.due, theirs.customer.overdue], [0, 0]);
    assert.deepEqual([theirs.vendor.overdue, theirs.vendor.maxDaysOverdue], [1, 10]);
    const hidden = accountability(
      [task({ ownerSide: 'vendor', dueOn: '2026-02-01', internal: true })],
      today,
    );
    assert.deepEqual([hidden.vendor.due, hidden.health], [0, 'on_track']);
  });

  test('on-time rate: done on or before the day counts, late and overdue count against', () => {
    const s = sideAccountability(
      [
        task({ status: 'done', dueOn: '2026-03-05', doneOn: '2026-03-05' }),
        task({ status: 'done', dueOn: '2026-03-20', doneOn: '2026-03-01' }),
        task({ status: 'done', dueOn: '2026-03-05', doneOn: '2026-03-07' }),
        task({ status: 'in_progress', dueOn: '2026-03-07' }),
        task({ status: 'not_started', dueOn: '2026-03-20' }),
      ],
      today,
    );
    assert.deepEqual(s, {
      due: 4,
      doneOnTime: 2,
      doneLate: 1,
      overdue: 1,
      onTimeRate: 0.5,
      daysOverdue: 3,
      maxDaysOverdue: 3,
    });
  });

  test('skipped and undated tasks do not count', () => {
    const s = sideAccountability(
      [
        task({ status: 'skipped', dueOn: '2026-01-01' }),
        task({ status: 'done', dueOn: null, doneOn: today }),
      ],
      today,
    );
    assert.deepEqual([s.due, s.overdue, s.onTimeRate], [0, 0, null]);
  });

  test('plan status from the most overdue open task on either side, at the named thresholds', () => {
    assert.equal(planHealth(0), 'on_track');
    assert.equal(planHealth(AT_RISK_AFTER_DAYS), 'at_risk');
    assert.equal(planHealth(STALLED_AFTER_DAYS - 1), 'at_risk');
    assert.equal(planHealth(STALLED_AFTER_DAYS), 'stalled');
    const a = accountability(
      [
        task({ ownerSide: 'vendor', dueOn: '2026-03-08' }),
        task({ ownerSide: 'customer', dueOn: '2026-03-03' }),
      ],
      today,
    );
    assert.deepEqual([a.vendor.daysOverdue, a.customer.daysOverdue, a.health], [2, 7, 'stalled']);
    const sum = sumSides([a.vendor, a.customer]);
    assert.deepEqual([sum.overdue, sum.daysOverdue, sum.maxDaysOverdue, sum.onTimeRate], [2, 9, 7, 0]);
  });

  test('locked while any dependency is neither done nor skipped', () => {
    assert.equal(isLocked([]), false);
    assert.equal(isLocked(['done', 'skipped']), false);
    assert.equal(isLocked(['done', 'blocked']), true);
  });
});
