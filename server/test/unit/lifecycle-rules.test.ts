import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RuleDefinition, ruleSummary } from '@trustcircle/contracts';
import fc from 'fast-check';
import { candidateBounds, evaluateRule, type RuleFacts } from '../../src/modules/lifecycle/rules.ts';
import { todayIn } from '../../src/platform/dates.ts';

const onboardingEnds = (days = 60): RuleDefinition => ({
  condition: { type: 'days_in_phase', phase: 'onboarding', days },
  move: { phase: 'adoption' },
});
const renewalStarts = (days = 90): RuleDefinition => ({
  condition: { type: 'days_before_renewal', days },
  move: { phase: 'renewal' },
});

const customer = (facts: Partial<RuleFacts> = {}): RuleFacts => ({
  stage: 'customer',
  phase: 'onboarding',
  tier: null,
  phaseSince: '2026-04-01T10:00:00.000Z',
  renewalDate: null,
  lastMovedOn: null,
  ...facts,
});

describe('days in a phase', () => {
  test('moves on the Nth day, not the day before', () => {
    const facts = customer({ phaseSince: '2026-04-01T10:00:00.000Z' });
    assert.equal(evaluateRule(onboardingEnds(), facts, '2026-05-30', 'UTC'), null, '59 days');
    assert.deepEqual(evaluateRule(onboardingEnds(), facts, '2026-05-31', 'UTC'), {
      to: { stage: 'customer', phase: 'adoption' },
      why: 'in Onboarding for 60 days, since Apr 1, 2026',
    });
    assert.equal(
      evaluateRule(onboardingEnds(), facts, '2026-08-01', 'UTC')?.why,
      'in Onboarding for 122 days, since Apr 1, 2026',
      'a late sweep still moves it',
    );
    assert.equal(evaluateRule(onboardingEnds(1), facts, '2026-04-01', 'UTC'), null, 'the same day is day 0');
    assert.ok(evaluateRule(onboardingEnds(1), facts, '2026-04-02', 'UTC'));
  });

  test("days count in the workspace's time zone: 23:30 UTC is already the next day in Auckland", () => {
    const facts = customer({ phaseSince: '2026-03-31T23:30:00.000Z' });
    assert.equal(todayIn('Pacific/Auckland', new Date(facts.phaseSince ?? '')), '2026-04-01');
    assert.equal(evaluateRule(onboardingEnds(), facts, '2026-05-30', 'Pacific/Auckland'), null);
    assert.equal(
      evaluateRule(onboardingEnds(), facts, '2026-05-31', 'Pacific/Auckland')?.why,
      'in Onboarding for 60 days, since Apr 1, 2026',
    );
    assert.equal(
      evaluateRule(onboardingEnds(), facts, '2026-05-30', 'UTC')?.why,
      'in Onboarding for 60 days, since Mar 31, 2026',
      'in UTC the same instant began a day earlier',
    );
    // West of UTC: 03:00 UTC on 1 April is still 31 March in Los Angeles.
    const west = customer({ phaseSince: '2026-04-01T03:00:00.000Z' });
    assert.equal(
      evaluateRule(onboardingEnds(), west, '2026-05-30', 'America/Los_Angeles')?.why,
      'in Onboarding for 60 days, since Mar 31, 2026',
    );
  });

  test('a phase spanning 29 February is a day longer in a leap year', () => {
    const def = onboardingEnds(30);
    const leap = customer({ phaseSince: '2028-02-01T12:00:00.000Z' });
    assert.equal(evaluateRule(def, leap, '2028-03-01', 'UTC'), null, '29 days in 2028');
    assert.ok(evaluateRule(def, leap, '2028-03-02', 'UTC'));
    const common = customer({ phaseSince: '2027-02-01T12:00:00.000Z' });
    assert.ok(evaluateRule(def, common, '2027-03-03', 'UTC'));
    assert.equal(evaluateRule(def, common, '2027-03-02', 'UTC'), null, '29 days in 2027');
  });

  test('only customers in that phase, of the chosen tiers, move', () => {
    const old = { phaseSince: '2020-01-01T00:00:00.000Z' };
    assert.equal(
      evaluateRule(onboardingEnds(), customer({ ...old, phase: 'value' }), '2026-06-01', 'UTC'),
      null,
    );
    assert.equal(
      evaluateRule(
        onboardingEnds(),
        customer({ ...old, stage: 'advocate', phase: null }),
        '2026-06-01',
        'UTC',
      ),
      null,
    );
    assert.equal(evaluateRule(onboardingEnds(), customer({ phaseSince: null }), '2026-06-01', 'UTC'), null);
    const enterprise: RuleDefinition = { ...onboardingEnds(), tiers: ['enterprise', 'strategic'] };
    assert.equal(evaluateRule(enterprise, customer({ ...old, tier: 'starter' }), '2026-06-01', 'UTC'), null);
    assert.equal(evaluateRule(enterprise, customer({ ...old, tier: null }), '2026-06-01', 'UTC'), null);
    assert.ok(evaluateRule(enterprise, customer({ ...old, tier: 'strategic' }), '2026-06-01', 'UTC'));
  });
});

describe('days before the renewal', () => {
  const adopting = (renewalDate: string, more: Partial<RuleFacts> = {}) =>
    customer({ phase: 'adoption', renewalDate, ...more });

  test('renewal on 31 March, 90 days before: the window opens on 31 December', () => {
    const facts = adopting('2027-03-31');
    assert.equal(evaluateRule(renewalStarts(), facts, '2026-12-30', 'UTC'), null, '91 days away');
    assert.deepEqual(evaluateRule(renewalStarts(), facts, '2026-12-31', 'UTC'), {
      to: { stage: 'customer', phase: 'renewal' },
      why: 'renewal on Mar 31, 2027, 90 days away',
    });
    assert.equal(
      evaluateRule(renewalStarts(), facts, '2027-03-30', 'UTC')?.why,
      'renewal on Mar 31, 2027, 1 day away',
    );
    assert.equal(
      evaluateRule(renewalStarts(), facts, '2027-03-31', 'UTC')?.why,
      'renewal on Mar 31, 2027, today',
    );
    assert.equal(
      evaluateRule(renewalStarts(), facts, '2027-04-01', 'UTC')?.why,
      'renewal on Mar 31, 2027, 1 day overdue',
      'a renewal date that passed without a renewal recorded is overdue',
    );
    assert.equal(
      evaluateRule(renewalStarts(), facts, '2027-05-15', 'UTC')?.why,
      'renewal on Mar 31, 2027, 45 days overdue',
    );
  });

  test('an overdue renewal moved once stays where someone put it', () => {
    const facts = adopting('2027-03-31', { lastMovedOn: '2027-04-02' });
    assert.equal(evaluateRule(renewalStarts(), facts, '2027-04-10', 'UTC'), null);
    const movedLastYear = adopting('2027-03-31', { lastMovedOn: '2026-03-01' });
    assert.ok(evaluateRule(renewalStarts(), movedLastYear, '2027-04-10', 'UTC'));
  });

  test('month ends of every length: 28 February, 30 April, 31 August', () => {
    // 2027-02-28 minus 30 days is 29 January; 2026-04-30 minus 30 is 31 March.
    assert.equal(evaluateRule(renewalStarts(30), adopting('2027-02-28'), '2027-01-28', 'UTC'), null);
    assert.ok(evaluateRule(renewalStarts(30), adopting('2027-02-28'), '2027-01-29', 'UTC'));
    assert.equal(evaluateRule(renewalStarts(30), adopting('2026-04-30'), '2026-03-30', 'UTC'), null);
    assert.ok(evaluateRule(renewalStarts(30), adopting('2026-04-30'), '2026-03-31', 'UTC'));
    assert.equal(
      evaluateRule(renewalStarts(), adopting('2026-08-31'), '2026-06-02', 'UTC')?.why,
      'renewal on Aug 31, 2026, 90 days away',
    );
  });

  test('a leap day renewal: 29 February 2028, 90 days before is 1 December 2027', () => {
    assert.equal(evaluateRule(renewalStarts(), adopting('2028-02-29'), '2027-11-30', 'UTC'), null);
    assert.equal(
      evaluateRule(renewalStarts(), adopting('2028-02-29'), '2027-12-01', 'UTC')?.why,
      'renewal on Feb 29, 2028, 90 days away',
    );
  });

  test('renewal day 0 means on the day itself; any phase but the target moves', () => {
    assert.equal(evaluateRule(renewalStarts(0), adopting('2026-07-01'), '2026-06-30', 'UTC'), null);
    assert.ok(evaluateRule(renewalStarts(0), adopting('2026-07-01'), '2026-07-01', 'UTC'));
    for (const phase of ['onboarding', 'adoption', 'trough', 'value'] as const) {
      assert.ok(evaluateRule(renewalStarts(), adopting('2026-07-01', { phase }), '2026-06-01', 'UTC'), phase);
    }
    assert.equal(
      evaluateRule(renewalStarts(), adopting('2026-07-01', { phase: 'renewal' }), '2026-06-01', 'UTC'),
      null,
    );
    assert.equal(
      evaluateRule(
        renewalStarts(),
        adopting('2026-07-01', { stage: 'churned', phase: null }),
        '2026-06-01',
        'UTC',
      ),
      null,
    );
    assert.equal(evaluateRule(renewalStarts(), customer({ renewalDate: null }), '2026-06-01', 'UTC'), null);
  });

  test('once per renewal: an account the rule moved in this window and someone moved on stays put', () => {
    const def = renewalStarts();
    const today = '2026-06-01';
    assert.equal(
      evaluateRule(def, adopting('2026-07-01', { lastMovedOn: '2026-05-20' }), today, 'UTC'),
      null,
    );
    assert.equal(
      evaluateRule(def, adopting('2026-07-01', { lastMovedOn: '2026-04-02' }), today, 'UTC'),
      null,
      'the window opened on 2 April',
    );
    assert.ok(
      evaluateRule(def, adopting('2026-07-01', { lastMovedOn: '2026-04-01' }), today, 'UTC'),
      'a move before the window opened was for an earlier renewal',
    );
    assert.ok(evaluateRule(def, adopting('2026-07-01', { lastMovedOn: '2025-04-03' }), today, 'UTC'));
  });
});

describe('candidate bounds', () => {
  const ZONES = [
    'UTC',
    'Pacific/Auckland',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/Los_Angeles',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Europe/Berlin',
  ];

  test('the database filter never leaves out an account the rule would move', () => {
    const start = Date.parse('2024-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 900 * 86_400 }),
        fc.integer({ min: 0, max: 450 * 86_400 }),
        (zone, days, sinceOffset, elapsed) => {
          const since = new Date(start + sinceOffset * 1000);
          const now = new Date(since.getTime() + elapsed * 1000);
          const today = todayIn(zone, now);
          const def = onboardingEnds(days);
          const match = evaluateRule(def, customer({ phaseSince: since.toISOString() }), today, zone);
          const bounds = candidateBounds(def, now, today);
          if (match)
            assert.ok(
              since.toISOString() < (bounds.phaseSinceBefore ?? ''),
              `${zone} ${since.toISOString()} ${now.toISOString()}`,
            );
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('renewal bounds are the window itself and every date before it (overdue renewals)', () => {
    const b = candidateBounds(renewalStarts(), new Date('2026-12-31T12:00:00Z'), '2026-12-31');
    assert.deepEqual(
      [b.renewalFrom, b.renewalTo, b.notPhase, b.phase],
      [null, '2027-03-31', 'renewal', null],
    );
  });
});

describe('rule definitions', () => {
  test('read in plain words', () => {
    assert.equal(ruleSummary(onboardingEnds()), 'Onboarding ends after 60 days');
    assert.equal(ruleSummary(onboardingEnds(1)), 'Onboarding ends after 1 day');
    assert.equal(ruleSummary(renewalStarts()), 'Renewal starts 90 days before the renewal date');
    assert.equal(ruleSummary(renewalStarts(0)), 'Renewal starts on the renewal date');
  });

  test('bad definitions are refused with the field at fault', () => {
    const issue = (v: unknown) => {
      const r = RuleDefinition.safeParse(v);
      return r.success ? null : r.error.issues.map((i) => i.path.join('.')).join(',');
    };
    assert.equal(issue(onboardingEnds()), null);
    assert.equal(issue({ ...onboardingEnds(), move: { phase: 'onboarding' } }), 'move.phase');
    assert.equal(
      issue({ condition: { type: 'plan_done', phase: 'onboarding' }, move: { phase: 'adoption' } }),
      'condition.type',
    );
    assert.equal(
      issue({
        condition: { type: 'days_in_phase', phase: 'onboarding', days: 0 },
        move: { phase: 'adoption' },
      }),
      'condition.days',
    );
    assert.equal(
      issue({
        condition: { type: 'days_in_phase', phase: 'onboarding', days: 2.5 },
        move: { phase: 'adoption' },
      }),
      'condition.days',
    );
    assert.equal(
      issue({ condition: { type: 'days_before_renewal', days: -1 }, move: { phase: 'renewal' } }),
      'condition.days',
    );
    assert.equal(
      issue({
        condition: { type: 'days_before_renewal', days: 90, phase: 'value' },
        move: { phase: 'renewal' },
      }),
      'condition',
    );
    assert.equal(issue({ ...renewalStarts(), move: { stage: 'churned' } }), 'move.phase,move');
    assert.equal(issue({ ...renewalStarts(), tiers: [] }), 'tiers');
    assert.equal(issue({ ...renewalStarts(), tiers: ['gold'] }), 'tiers.0');
  });
});
