import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideRenewal, type RenewalTerms } from '../../src/modules/renewals/terms.ts';

const terms = (over: Partial<RenewalTerms>): RenewalTerms => ({
  previous: '2026-11-30',
  renewedOn: '2026-12-04',
  today: '2026-12-07',
  termMonths: 12,
  nextRenewalDate: undefined,
  ...over,
});

describe('deciding a renewal', () => {
  test('a term counts from the old renewal date, or from the signing when there was none', () => {
    assert.deepEqual(decideRenewal(terms({})), {
      ok: true,
      next: '2027-11-30',
      termMonths: 12,
      stillOverdue: false,
    });
    assert.deepEqual(decideRenewal(terms({ previous: null, termMonths: 24 })), {
      ok: true,
      next: '2028-12-04',
      termMonths: 24,
      stillOverdue: false,
    });
    assert.deepEqual(decideRenewal(terms({ nextRenewalDate: '2029-01-15' })), {
      ok: true,
      next: '2029-01-15',
      termMonths: null,
      stillOverdue: false,
    });
  });

  test('a next date that has passed is history recorded late: allowed, and still overdue', () => {
    const late = decideRenewal(terms({ previous: '2024-11-30', renewedOn: '2024-11-20' }));
    assert.deepEqual(late, { ok: true, next: '2025-11-30', termMonths: 12, stillOverdue: true });
  });

  test('refusals name the field the person chose and say why', () => {
    assert.deepEqual(decideRenewal(terms({ renewedOn: '2026-12-08' })), {
      ok: false,
      field: 'renewedOn',
      message: 'record a renewal once it is signed, not ahead of time',
    });
    const early = decideRenewal(terms({ renewedOn: '2026-11-20', nextRenewalDate: '2026-11-30' }));
    assert.equal(early.ok, false);
    assert.equal(!early.ok && early.field, 'nextRenewalDate');
    assert.match(!early.ok ? early.message : '', /after the current renewal date, Nov 30, 2026/);
    const short = decideRenewal(terms({ previous: '2025-06-01', renewedOn: '2026-12-01', termMonths: 1 }));
    assert.equal(!short.ok && short.field, 'termMonths');
    assert.match(
      !short.ok ? short.message : '',
      /a 1-month term ends on Jul 1, 2025, which must come after the day it was signed/,
    );
  });
});
