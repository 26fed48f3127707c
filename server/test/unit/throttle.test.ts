import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addressKey } from '../../src/modules/users/address.ts';
import { spell } from '../../src/modules/users/attempts.ts';
import {
  DEVICE_DAYS,
  deviceCookieName,
  issueDeviceCookie,
  readDeviceCookie,
} from '../../src/modules/users/deviceCookie.ts';
import {
  addressDecision,
  type Counter,
  claimAttempt,
  THROTTLE,
  waitAfter,
} from '../../src/modules/users/throttle.ts';

const now = new Date('2026-11-22T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const secret = 'test-secret-test-secret-test-secret-0123';

test('the first failures are free, then the wait doubles from two seconds up to the cap', () => {
  const waits = Array.from({ length: 16 }, (_, i) => waitAfter(i));
  assert.deepEqual(
    waits.map((ms) => ms / 1000),
    [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900],
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (f) => {
      const w = waitAfter(f);
      assert.ok(w >= 0 && w <= THROTTLE.maxWaitMs);
      assert.ok(waitAfter(f + 1) >= w, 'never shorter after one more failure');
      if (f > THROTTLE.freeFailures) assert.equal(waitAfter(f + 1), Math.min(THROTTLE.maxWaitMs, 2 * w));
    }),
  );
});

test('an attempt inside the wait is refused with the seconds left; after it, it is counted in advance', () => {
  const counter: Counter = {
    failures: 5,
    lastFailureAt: now.toISOString(),
    nextAttemptAt: at(8_000).toISOString(),
  };
  assert.deepEqual(claimAttempt(counter, at(500)), { ok: false, retryAfterSeconds: 8 });
  assert.deepEqual(claimAttempt(counter, at(7_001)), { ok: false, retryAfterSeconds: 1 });
  const claim = claimAttempt(counter, at(8_000));
  assert.ok(claim.ok);
  assert.equal(claim.expectedFailures, 5);
  assert.deepEqual(claim.next, {
    failures: 6,
    lastFailureAt: at(8_000).toISOString(),
    nextAttemptAt: at(8_000 + 8_000).toISOString(),
  });
  const fresh = claimAttempt(null, now);
  assert.ok(fresh.ok);
  assert.equal(fresh.expectedFailures, 0);
  assert.equal(fresh.next.failures, 1);
  assert.equal(fresh.next.nextAttemptAt, now.toISOString(), 'no wait after one failure');
});

test('a counter quiet for a day is forgotten, but the swap still expects the stored count', () => {
  const old: Counter = {
    failures: 40,
    lastFailureAt: now.toISOString(),
    nextAttemptAt: at(THROTTLE.maxWaitMs).toISOString(),
  };
  const later = claimAttempt(old, at(THROTTLE.forgetAfterMs));
  assert.ok(later.ok);
  assert.equal(later.next.failures, 1);
  assert.equal(later.expectedFailures, 40);
});

test('an attacker who tries again the moment it is allowed sees the gaps double, then the cap', () => {
  fc.assert(
    fc.property(fc.integer({ min: 5, max: 40 }), (attempts) => {
      let counter: Counter | null = null;
      let t = now.getTime();
      const gaps: number[] = [];
      for (let i = 0; i < attempts; i++) {
        let claim = claimAttempt(counter, new Date(t));
        if (!claim.ok) {
          gaps.push(claim.retryAfterSeconds);
          t += claim.retryAfterSeconds * 1000;
          claim = claimAttempt(counter, new Date(t));
        } else gaps.push(0);
        assert.ok(claim.ok, 'allowed once the wait is over');
        counter = claim.next;
      }
      const expected = Array.from({ length: attempts }, (_, i) => waitAfter(i) / 1000);
      assert.deepEqual(gaps, expected);
    }),
  );
});

test('an address is capped across accounts until its oldest counted failure leaves the window', () => {
  const times = (n: number) =>
    Array.from({ length: n }, (_, i) => new Date(now.getTime() - i * 10_000).toISOString());
  assert.deepEqual(addressDecision(times(THROTTLE.perAddress - 1), now), { ok: true });
  const capped = addressDecision(times(THROTTLE.perAddress), now);
  assert.equal(capped.ok, false);
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: THROTTLE.addressWindowMs - 1 }), {
        minLength: THROTTLE.perAddress,
        maxLength: THROTTLE.perAddress,
      }),
      (ages) => {
        const others = ages.sort((a, b) => a - b).map((a) => new Date(now.getTime() - a).toISOString());
        const d = addressDecision(others, now);
        assert.equal(d.ok, false);
        if (d.ok) return;
        const then = new Date(now.getTime() + d.retryAfterSeconds * 1000);
        const stillIn = others.filter((o) => Date.parse(o) > then.getTime() - THROTTLE.addressWindowMs);
        assert.deepEqual(addressDecision(stillIn, then), { ok: true }, 'free again when told');
      },
    ),
  );
});

test('a device cookie reads back only for its account, unaltered, within its lifetime', () => {
  fc.assert(
    fc.property(fc.uuid(), fc.uuid(), fc.integer({ min: 0, max: 200 }), (userId, other, index) => {
      const c = issueDeviceCookie(secret, userId, now);
      assert.match(c.name, /^tc_device_[A-Za-z0-9_-]{16}$/);
      assert.match(c.value, /^[A-Za-z0-9_~.-]+$/, 'safe in a cookie without encoding');
      const nonce = readDeviceCookie(secret, userId, c.value, now);
      assert.ok(nonce && nonce.length >= 20);
      assert.equal(readDeviceCookie(secret, userId, c.value, at(DEVICE_DAYS * 86_400_000)), nonce);
      assert.equal(readDeviceCookie(secret, userId, c.value, at(DEVICE_DAYS * 86_400_000 + 1000)), null);
      assert.equal(readDeviceCookie('another-secret-another-secret-0123', userId, c.value, now), null);
      if (other !== userId) {
        assert.equal(readDeviceCookie(secret, other, c.value, now), null);
        assert.notEqual(deviceCookieName(secret, other), c.name);
      }
      const i = index % c.value.length;
      const flipped = c.value.slice(0, i) + (c.value[i] === 'A' ? 'B' : 'A') + c.value.slice(i + 1);
      assert.equal(readDeviceCookie(secret, userId, flipped, now), null, 'any altered character');
    }),
  );
  assert.equal(readDeviceCookie(secret, 'u', undefined, now), null);
  assert.equal(readDeviceCookie(secret, 'u', 'garbage', now), null);
});

test('failures count per IPv4 address and per IPv6 /64', () => {
  assert.equal(addressKey('203.0.113.7'), '203.0.113.7');
  assert.equal(addressKey('::ffff:203.0.113.7'), '203.0.113.7');
  assert.equal(addressKey('2001:db8:1:2:aaaa::1'), addressKey('2001:db8:1:2:ffff:1:2:3'));
  assert.notEqual(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'));
  assert.equal(addressKey('unknown'), 'unknown');
});

test('waits read as a person says them', () => {
  assert.equal(spell(1), '1 second');
  assert.equal(spell(32), '32 seconds');
  assert.equal(spell(512), '9 minutes');
  assert.equal(spell(900), '15 minutes');
});
