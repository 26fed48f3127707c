import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { retryDelayMs } from '../../src/platform/jobs/backoff.ts';

test('retries back off exponentially from 5 seconds, capped at one hour', () => {
  const noJitter = () => 0;
  assert.equal(retryDelayMs(1, noJitter), 5_000);
  assert.equal(retryDelayMs(2, noJitter), 10_000);
  assert.equal(retryDelayMs(5, noJitter), 80_000);
  assert.equal(retryDelayMs(30, noJitter), 3_600_000);
});

test('jitter stays within 20% and delays never shrink as attempts grow', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 40 }),
      fc.double({ min: 0, max: 0.999, noNaN: true }),
      (attempt, r) => {
        const d = retryDelayMs(attempt, () => r);
        const base = retryDelayMs(attempt, () => 0);
        assert.ok(d >= base && d <= base * 1.2 + 1);
        assert.ok(retryDelayMs(attempt + 1, () => 0) >= base);
      },
    ),
  );
});
