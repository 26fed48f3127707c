import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IdentityBook, IdentityCache } from '../../src/modules/usage/identities.ts';
import { isRejection, normalizeMessage } from '../../src/modules/usage/normalize.ts';
import { rollupIncrements } from '../../src/modules/usage/rollup.ts';
import { summarizeUsage } from '../../src/modules/usage/summary.ts';
import { accountTraits, personTraits } from '../../src/modules/usage/traits.ts';
import type { Db } from '../../src/platform/context.ts';
import { noteDelete } from '../../src/platform/db/deletions.ts';
import { createGroupCommitter } from '../../src/platform/db/groupCommit.ts';
import { EventRateLimiter } from '../../src/platform/http/rateLimit.ts';

const receivedAt = new Date('2026-11-22T12:00:10.000Z');
const ctx = { receivedAt, newMessageId: () => 'generated' };

describe('normalizeMessage', () => {
  test('derives the time from originalTimestamp and sentAt when there is no timestamp', () => {
    const r = normalizeMessage(
      {
        type: 'track',
        event: 'X',
        userId: 'u',
        originalTimestamp: '2026-11-22T12:00:00.000Z',
        sentAt: '2026-11-22T12:00:05.000Z',
      },
      ctx,
    );
    assert.ok(!isRejection(r));
    assert.equal(r.timestamp, '2026-11-22T12:00:05.000Z', 'receivedAt − (sentAt − originalTimestamp)');
  });

  test('a given timestamp wins; no time at all means the receive time', () => {
    const given = normalizeMessage(
      { type: 'track', event: 'X', userId: 'u', timestamp: '2026-01-01T00:00:00Z' },
      ctx,
    );
    assert.ok(!isRejection(given) && given.timestamp === '2026-01-01T00:00:00.000Z');
    const none = normalizeMessage({ type: 'track', event: 'X', userId: 'u' }, ctx);
    assert.ok(!isRejection(none) && none.timestamp === receivedAt.toISOString());
    assert.ok(!isRejection(none) && none.messageId === 'generated');
  });

  test('canonical timestamps are kept; days and hours that roll over are normalized as Date does', () => {
    const at = (timestamp: string) => {
      const r = normalizeMessage({ type: 'track', event: 'X', userId: 'u', timestamp }, ctx);
      return isRejection(r) ? r.reason : r.timestamp;
    };
    assert.equal(at('2026-11-30T23:59:59.999Z'), '2026-11-30T23:59:59.999Z');
    assert.equal(at('2024-02-29T10:00:00.000Z'), '2024-02-29T10:00:00.000Z', 'a leap day');
    assert.equal(at('2025-02-29T10:00:00.000Z'), '2025-03-01T10:00:00.000Z', 'no leap day in 2025');
    assert.equal(at('2026-04-31T00:00:00.000Z'), '2026-05-01T00:00:00.000Z');
    assert.equal(at('2026-01-01T24:00:00.000Z'), '2026-01-02T00:00:00.000Z');
    assert.match(at('2100-01-01T00:00:00.000Z'), /between 1970 and 2100/);
  });

  test('each rule rejects with a reason a person can act on', () => {
    const reasons = [
      [42, /JSON object/],
      [{ type: 'track', userId: 'u' }, /event name/],
      [{ type: 'track', event: 'X' }, /userId or anonymousId/],
      [{ type: 'group', userId: 'u' }, /groupId/],
      [{ type: 'alias', userId: 'u' }, /previousId/],
      [{ type: 'track', event: 'X', userId: 'u', timestamp: 'yesterday' }, /not a valid date/],
      [{ type: 'track', event: 'X', userId: 'u', properties: { big: 'x'.repeat(33_000) } }, /32 KB/],
    ] as const;
    for (const [msg, reason] of reasons) {
      const r = normalizeMessage(msg, ctx);
      assert.ok(isRejection(r), JSON.stringify(msg).slice(0, 80));
      assert.match(r.reason, reason);
    }
  });

  test('page and screen become named events; numbers are accepted as ids', () => {
    const r = normalizeMessage({ type: 'page', name: 'Pricing', userId: 42 }, ctx);
    assert.ok(!isRejection(r));
    assert.deepEqual([r.event, r.userKey], ['page:Pricing', 'u:42']);
  });
});

describe('IdentityCache', () => {
  const row = (key: string, seen: string) => ({
    user_key: key,
    account_id: null,
    contact_id: null,
    alias_of: null,
    email: null,
    name: null,
    first_seen_at: seen,
    last_seen_at: seen,
  });

  test('keeps the most recently committed people, per workspace, up to its capacity', () => {
    const cache = new IdentityCache(2);
    const people = (rows: ReturnType<typeof row>[]) => ({ people: rows, groups: [] });
    cache.remember(
      'w1',
      people([row('u:a', '2026-01-01T00:00:00.000Z'), row('u:b', '2026-01-01T00:00:00.000Z')]),
      cache.open(),
    );
    assert.equal(cache.get('w2', 'u:a'), undefined, 'another workspace sees nothing');
    cache.remember(
      'w1',
      people([row('u:a', '2026-01-02T00:00:00.000Z'), row('u:c', '2026-01-02T00:00:00.000Z')]),
      cache.open(),
    );
    assert.equal(cache.get('w1', 'u:b'), undefined, 'the least recently committed person is evicted');
    assert.equal(cache.get('w1', 'u:a')?.last_seen_at, '2026-01-02T00:00:00.000Z');
    assert.ok(cache.get('w1', 'u:c'));
    cache.remember(
      'w1',
      {
        people: [],
        groups: [
          ['g1', 'acc-1'],
          ['g2', 'acc-2'],
          ['g3', 'acc-3'],
        ],
      },
      cache.open(),
    );
    assert.deepEqual(
      ['g1', 'g2', 'g3'].map((g) => cache.groupAccount('w1', g)),
      [undefined, 'acc-2', 'acc-3'],
      'group links too, up to the capacity',
    );
    assert.equal(cache.groupAccount('w2', 'g2'), undefined);
  });

  test('a delete empties the cache at the next flush, and what a flush learned across a delete is dropped', () => {
    const cache = new IdentityCache(10);
    const learned = {
      people: [{ ...row('u:a', '2026-01-01T00:00:00.000Z'), account_id: 'acc-1' }],
      groups: [],
    };
    cache.remember('w1', { ...learned, groups: [['g1', 'acc-1']] }, cache.open());
    const before = cache.open();
    assert.equal(cache.groupAccount('w1', 'g1'), 'acc-1', 'no delete: the cache is kept');
    noteDelete();
    cache.remember('w1', { people: [row('u:b', '2026-01-01T00:00:00.000Z')], groups: [] }, before);
    assert.equal(cache.get('w1', 'u:b'), undefined, 'learned before the delete: not kept');
    assert.ok(cache.get('w1', 'u:a'), 'kept until the next flush opens the cache');
    cache.open();
    assert.deepEqual([cache.get('w1', 'u:a'), cache.groupAccount('w1', 'g1')], [undefined, undefined]);
  });

  test('a book over cached people writes only who changed or was seen an hour later, and never the cached rows', async () => {
    const at = '2026-01-01T10:00:00.000Z';
    const cache = new IdentityCache(10);
    const people = [row('u:a', at), { ...row('u:b', at), email: 'b@example.com' }, row('u:c', at)];
    cache.remember('w1', { people, groups: [] }, cache.open());
    // Every key is cached: the database is never asked.
    const book = await IdentityBook.load({} as Db, 'w1', ['u:a', 'u:b', 'u:c'], cache);
    book.touch('u:a', '2026-01-01T10:30:00.000Z');
    book.touch('u:b', '2026-01-01T10:20:00.000Z');
    book.touch('u:b', '2026-01-01T11:30:00.000Z');
    book.touch('u:c', '2026-01-01T10:40:00.000Z');
    book.update('u:c', '2026-01-01T10:10:00.000Z', { email: 'c@example.com' });
    book.touch('u:d', '2026-01-01T10:50:00.000Z');
    const written = new Map(book.pendingWrites().map((r) => [r.user_key, r]));
    assert.deepEqual([...written.keys()], ['u:b', 'u:c', 'u:d'], 'u:a, seen within the hour, is not written');
    assert.equal(written.get('u:b')?.last_seen_at, '2026-01-01T11:30:00.000Z');
    assert.equal(
      written.get('u:c')?.last_seen_at,
      '2026-01-01T10:40:00.000Z',
      'the latest time seen, kept while not worth a write',
    );
    assert.deepEqual(
      [written.get('u:c')?.email, written.get('u:c')?.account_id, written.get('u:b')?.email],
      ['c@example.com', null, null],
      'a stored person is sent with only the fields this batch set; null means keep',
    );
    assert.equal(written.get('u:d')?.first_seen_at, '2026-01-01T10:50:00.000Z');
    assert.deepEqual(
      people.map((p) => [p.last_seen_at, p.email]),
      [
        [at, null],
        [at, 'b@example.com'],
        [at, null],
      ],
      'the cached rows are unchanged',
    );
    assert.equal(book.get('u:a'), cache.get('w1', 'u:a'), 'an unchanged person is not copied');
  });
});

describe('traits', () => {
  test('account traits keep what is usable and drop the rest', () => {
    assert.deepEqual(
      accountTraits({ name: ' Acme ', website: 'https://www.acme.com/x', plan: 'Growth', mrr: '99.5' }),
      {
        name: 'Acme',
        domain: 'acme.com',
        tier: 'growth',
        mrr: 99.5,
        arr: null,
        plan: 'Growth',
      },
    );
    const junk = accountTraits({ domain: 'not a domain', mrr: -5 });
    assert.deepEqual([junk.domain, junk.mrr], [null, null]);
  });
  test('person traits split a full name and check the email', () => {
    assert.deepEqual(personTraits({ name: 'Ada King Lovelace', email: 'ADA@x.io' }), {
      email: 'ada@x.io',
      firstName: 'Ada',
      lastName: 'King Lovelace',
      title: null,
    });
    assert.equal(personTraits({ email: 'nope' }).email, null);
  });
});

describe('rollups and summaries', () => {
  test('increments are grouped and sorted', () => {
    const { byEvent, byUser } = rollupIncrements([
      { accountId: 'b', timestamp: '2026-11-02T01:00:00Z', event: 'X', userKey: 'u:1' },
      { accountId: 'a', timestamp: '2026-11-01T01:00:00Z', event: 'X', userKey: 'u:1' },
      { accountId: 'a', timestamp: '2026-11-01T09:00:00Z', event: 'X', userKey: 'u:2' },
    ]);
    assert.deepEqual(
      byEvent.map((r) => [r.account_id, r.day, r.key, r.count]),
      [
        ['a', '2026-11-01', 'X', 2],
        ['b', '2026-11-02', 'X', 1],
      ],
    );
    assert.equal(byUser.length, 3);
  });

  test('a trend without a base is null, not infinity; least-active people exclude the top five', () => {
    const users = Array.from({ length: 8 }, (_, i) => ({
      day: '2026-11-20',
      user_key: `u:${i}`,
      count: i + 1,
    }));
    const s = summarizeUsage({
      from: '2026-11-01',
      to: '2026-11-22',
      events: [{ day: '2026-11-20', event: 'X', count: 3 }],
      users,
    });
    assert.deepEqual(s.trend, { current: 3, previous: 0, change: null });
    assert.deepEqual(
      s.top.map((u) => u.userKey),
      ['u:7', 'u:6', 'u:5', 'u:4', 'u:3'],
    );
    assert.deepEqual(
      s.least.map((u) => u.userKey),
      ['u:0', 'u:1', 'u:2'],
    );
    assert.equal(s.byDay.length, 22);
  });
});

describe('EventRateLimiter', () => {
  test('allows bursts of twice the rate, then asks to wait', () => {
    let now = 0;
    const limiter = new EventRateLimiter(100, () => now);
    assert.deepEqual(limiter.take('w', 200), { ok: true });
    assert.deepEqual(limiter.take('w', 50), { ok: false, retryAfterSeconds: 1 });
    assert.deepEqual(limiter.take('other', 150), { ok: true }, 'workspaces have their own buckets');
    now += 1000;
    assert.deepEqual(limiter.take('w', 100), { ok: true });
  });
});

describe('group commit', () => {
  test('many submissions share one write; a failing item fails alone', async () => {
    const writes: number[][] = [];
    const c = createGroupCommitter<number>({
      maxWeight: 100,
      write: async (items) => {
        if (items.includes(3)) throw new Error('bad item');
        writes.push(items);
      },
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => c.submit(n, 1)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(writes, [[1], [2], [4]], 'the shared write failed, so each item was retried alone');
    await Promise.all([5, 6, 7].map((n) => c.submit(n, 1)));
    assert.deepEqual(writes.at(-1), [5, 6, 7], 'requests of one turn share one transaction');
    assert.equal(c.pending(), 0);
  });

  test('a flush that fails with a retryable error is tried once more whole before being split', async () => {
    const writes: number[][] = [];
    let failures = 1;
    const c = createGroupCommitter<number>({
      maxWeight: 100,
      retryWhole: (err) => (err as Error).message === 'deadlock',
      write: async (items) => {
        if (failures-- > 0) throw new Error('deadlock');
        writes.push(items);
      },
    });
    await Promise.all([1, 2].map((n) => c.submit(n, 1)));
    assert.deepEqual(writes, [[1, 2]], 'written whole on the second try');
  });

  test('with a concurrency of two, the next write starts while one is in flight, never a third', async () => {
    for (const concurrency of [1, 2]) {
      let inFlight = 0;
      let most = 0;
      const releases: Array<() => void> = [];
      const written: number[] = [];
      const c = createGroupCommitter<number>({
        maxWeight: 100,
        concurrency,
        write: async (items) => {
          most = Math.max(most, ++inFlight);
          await new Promise<void>((r) => releases.push(r));
          written.push(...items);
          inFlight--;
        },
      });
      const all = [c.submit(1, 1)];
      await new Promise((r) => setTimeout(r, 5));
      all.push(c.submit(2, 1));
      await new Promise((r) => setTimeout(r, 5));
      all.push(c.submit(3, 1));
      await new Promise((r) => setTimeout(r, 5));
      assert.equal(releases.length, concurrency, `${concurrency}: writes started before any ended`);
      const drained = c.drain();
      while (written.length < 3) {
        releases.shift()?.();
        await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(all);
      await drained;
      assert.equal(most, concurrency);
      assert.deepEqual([...written].sort(), [1, 2, 3]);
      assert.equal(c.pending(), 0);
    }
  });
});
