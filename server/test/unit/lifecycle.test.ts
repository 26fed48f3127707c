import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeFunnel } from '../../src/modules/lifecycle/funnel.ts';
import { initialPosition, targetPosition } from '../../src/modules/lifecycle/phases.ts';

describe('lifecycle positions', () => {
  test('a new customer starts in onboarding, an imported one in adoption; only customers have phases', () => {
    assert.deepEqual(initialPosition('customer', false), { stage: 'customer', phase: 'onboarding' });
    assert.deepEqual(initialPosition('customer', true), { stage: 'customer', phase: 'adoption' });
    assert.deepEqual(initialPosition('prospect', true), { stage: 'prospect', phase: null });
    const customer = { stage: 'customer' as const, phase: 'trough' as const };
    assert.deepEqual(
      targetPosition(customer, { stage: 'customer' }),
      customer,
      'a stage kept keeps its phase',
    );
    assert.deepEqual(targetPosition(customer, { stage: 'advocate' }), { stage: 'advocate', phase: null });
    assert.match(String(targetPosition(customer, { stage: 'churned', phase: 'value' })), /only customers/);
  });
});

describe('computeFunnel', () => {
  const p = (account: string, to_stage: string, changed_at: string, to_phase: string | null = null) => ({
    account_id: account,
    to_stage,
    to_phase,
    changed_at,
  });

  test('the period is whole UTC days: a move at 23:59 on its last day counts, one at midnight after does not', () => {
    const changes = [
      p('a', 'prospect', '2026-01-01T00:00:00.000Z'),
      p('a', 'customer', '2026-01-31T23:59:59.000Z', 'onboarding'),
      p('b', 'prospect', '2026-01-01T00:00:00.000Z'),
      p('b', 'customer', '2026-02-01T00:00:00.000Z', 'onboarding'),
    ];
    const f = computeFunnel(
      changes,
      { from: '2026-01-01', to: '2026-01-31' },
      new Date('2026-03-01T00:00:00Z'),
    );
    const conv = f.conversions.find((c) => c.from === 'prospect' && c.to === 'customer');
    assert.deepEqual([conv?.cohort, conv?.converted, conv?.rate], [2, 1, 0.5]);
  });

  test('stays: ended ones give the average, open ones the time so far; a month end is a day like any other', () => {
    const changes = [
      p('a', 'prospect', '2026-01-31T12:00:00.000Z'),
      p('a', 'customer', '2026-03-02T12:00:00.000Z', 'onboarding'),
      p('a', 'customer', '2026-03-12T12:00:00.000Z', 'adoption'),
    ];
    const f = computeFunnel(
      changes,
      { from: '2026-01-01', to: '2026-03-31' },
      new Date('2026-03-22T12:00:00Z'),
    );
    const prospect = f.stages.find((s) => s.stage === 'prospect');
    assert.equal(prospect?.averageDays, 30, '31 January to 2 March, across February');
    const customer = f.stages.find((s) => s.stage === 'customer');
    assert.deepEqual([customer?.count, customer?.currentAverageDays], [1, 20]);
    const onboarding = f.phases.find((s) => s.phase === 'onboarding');
    assert.deepEqual([onboarding?.count, onboarding?.averageDays], [0, 10]);
    assert.equal(f.phases.find((s) => s.phase === 'adoption')?.currentAverageDays, 10);
  });

  test('no history: counts are zero and rates are null, not NaN', () => {
    const f = computeFunnel([], { from: '2026-01-01', to: '2026-01-31' }, new Date('2026-02-01T00:00:00Z'));
    assert.ok(f.stages.every((s) => s.count === 0 && s.averageDays === null));
    assert.ok(f.conversions.every((c) => c.rate === null));
  });
});
