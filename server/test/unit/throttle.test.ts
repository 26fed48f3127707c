import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loginThrottle, THROTTLE } from '../../src/modules/users/throttle.ts';

const now = new Date('2026-11-22T10:00:00Z');

test('sign-in is allowed below the limits', () => {
  assert.deepEqual(loginThrottle({ pair: THROTTLE.perPair - 1, ip: 10, oldestPairFailure: null }, now), {
    allowed: true,
  });
});

test('too many failures for one email from one address wait out the window', () => {
  const oldest = new Date(now.getTime() - 5 * 60_000).toISOString();
  const d = loginThrottle({ pair: THROTTLE.perPair, ip: THROTTLE.perPair, oldestPairFailure: oldest }, now);
  assert.equal(d.allowed, false);
  if (!d.allowed) assert.equal(d.retryAfterSeconds, 10 * 60);
});

test('an address that fails for many emails is slowed down whatever the email', () => {
  const d = loginThrottle({ pair: 0, ip: THROTTLE.perIp, oldestPairFailure: null }, now);
  assert.equal(d.allowed, false);
});
