import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renewalWords } from './renewal.ts';

test('an account that does not renew has no countdown', () => {
  assert.equal(renewalWords({ status: 'none', daysLeft: null }), null);
});

test('an overdue renewal says by how many days', () => {
  assert.deepEqual(renewalWords({ status: 'overdue', daysLeft: -1 }), {
    tone: 'overdue',
    label: 'overdue by 1 day',
  });
  assert.equal(renewalWords({ status: 'overdue', daysLeft: -30 })?.label, 'overdue by 30 days');
});

test('today and tomorrow, then days up to two months', () => {
  assert.deepEqual(renewalWords({ status: 'due', daysLeft: 0 }), { tone: 'soon', label: 'today' });
  assert.equal(renewalWords({ status: 'due', daysLeft: 1 })?.label, 'tomorrow');
  assert.deepEqual(renewalWords({ status: 'due', daysLeft: 30 }), { tone: 'soon', label: 'in 30 days' });
  assert.deepEqual(renewalWords({ status: 'due', daysLeft: 59 }), { tone: 'near', label: 'in 59 days' });
});

test('beyond two months the countdown reads in months; the tone follows the due window', () => {
  assert.deepEqual(renewalWords({ status: 'due', daysLeft: 60 }), { tone: 'near', label: 'in 2 months' });
  assert.deepEqual(renewalWords({ status: 'upcoming', daysLeft: 91 }), {
    tone: 'later',
    label: 'in 3 months',
  });
  assert.equal(renewalWords({ status: 'upcoming', daysLeft: 365 })?.label, 'in 12 months');
});
