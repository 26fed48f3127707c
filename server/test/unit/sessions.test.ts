import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionIsLive } from '../../src/modules/users/sessions.ts';

const policy = { idleMinutes: 60, maxDays: 14 };
const now = new Date('2026-11-22T12:00:00Z');
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();

test('a session lives while it is used and before its absolute end', () => {
  assert.equal(
    sessionIsLive({ last_seen_at: at(10), expires_at: at(-600), revoked_at: null }, now, policy),
    true,
  );
});

test('an idle session dies after the inactivity timeout', () => {
  assert.equal(
    sessionIsLive({ last_seen_at: at(61), expires_at: at(-600), revoked_at: null }, now, policy),
    false,
  );
});

test('a busy session still dies at its absolute timeout', () => {
  assert.equal(
    sessionIsLive({ last_seen_at: at(1), expires_at: at(0), revoked_at: null }, now, policy),
    false,
  );
});

test('a revoked session is dead', () => {
  assert.equal(
    sessionIsLive({ last_seen_at: at(1), expires_at: at(-600), revoked_at: at(5) }, now, policy),
    false,
  );
});
