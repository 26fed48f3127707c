import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { applySubmission } from '../../src/modules/usage/applyEvents.ts';
import { identityCacheFor } from '../../src/modules/usage/identities.ts';
import { drainIngestion } from '../../src/modules/usage/index.ts';
import { isRejection, type NormalizedEvent, normalizeMessage } from '../../src/modules/usage/normalize.ts';
import { FlushReceipt } from '../../src/modules/usage/receipts.ts';
import type { Ctx, Db } from '../../src/platform/context.ts';
import { newId } from '../../src/platform/ids.ts';
import { describeEachDatabase } from '../harness/index.ts';
import { createSource, track } from './helpers.ts';

/**
 * Two ingestion flushes in flight at once, as on PostgreSQL (two per server, and several
 * servers): one gives a person their account while the other stores that person's events,
 * having read them without one. Whichever commits first, the events end up counted for
 * the account. SQLite runs the two one after the other, which must give the same result.
 */
describeEachDatabase('Concurrent ingestion flushes', (h) => {
  const setup = async () => {
    h().clock.set('2026-11-22T12:00:00.000Z');
    const ws = await h().workspace();
    const admin = (await ws.member('admin')).client;
    const source = await createSource(admin);
    const ctx: Ctx = { ...ws.ctx, actor: { type: 'source', sourceId: source.id, name: 'Product backend' } };
    const submission = (messages: unknown[]) => ({
      ctx,
      sourceId: source.id,
      events: messages.map((m) => {
        const e = normalizeMessage(m, { receivedAt: h().clock.now(), newMessageId: () => newId() });
        assert.ok(!isRejection(e), JSON.stringify(e));
        return e as NormalizedEvent;
      }),
      rejections: [],
    });
    // A flush applied in its own transaction, held open until `commit`.
    const flush = (messages: unknown[]) => {
      const s = submission(messages);
      let release = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      let applied = false;
      const db = h().runtime.platform.db;
      const done = db.transaction().execute(async (trx) => {
        await applySubmission({ ...s, ctx: { ...ctx, db: trx } }, identityCacheFor(db), new FlushReceipt());
        applied = true;
        await gate;
      });
      return {
        applied: () => applied,
        commit: async () => {
          release();
          await done;
        },
        done,
      };
    };
    const usage = async () => {
      await drainIngestion(h().runtime.platform);
      const account = (await ws.api.get('/api/v1/accounts?q=initech')).body.data[0];
      assert.ok(account, 'the group made an account');
      return (await ws.api.get(`/api/v1/accounts/${account.id}/usage`)).body;
    };
    return { flush, usage };
  };

  const grouping = [
    { type: 'identify', userId: 'zoe', traits: { email: 'zoe@initech.example', name: 'Zoe' } },
    { type: 'group', userId: 'zoe', groupId: 'initech', traits: { name: 'Initech' } },
  ];
  const using = () => [
    track({ userId: 'zoe', event: 'Report Exported', timestamp: '2026-11-22T11:00:00.000Z' }),
    track({ userId: 'zoe', event: 'Report Exported', timestamp: '2026-11-22T11:05:00.000Z' }),
  ];

  test('the events are stored while the account is being given: they count once it commits', async () => {
    const { flush, usage } = await setup();
    const giving = flush(grouping);
    await until(giving.applied);
    const storing = flush(using());
    // On PostgreSQL the second flush has read zoe without an account, then waits on her row.
    await untilBlocked(h().runtime.platform.db, h().kind);
    await giving.commit();
    await storing.commit();
    const u = await usage();
    assert.equal(u.totalEvents, 2, 'both events count for Initech');
    assert.equal(u.activeUsers.monthly, 1);
  });

  test('the account is given while the events wait to commit: the giving flush takes them', async () => {
    const { flush, usage } = await setup();
    const storing = flush(using());
    await until(storing.applied);
    const giving = flush(grouping);
    await untilBlocked(h().runtime.platform.db, h().kind);
    await storing.commit();
    await giving.commit();
    const u = await usage();
    assert.equal(u.totalEvents, 2, 'both events count for Initech');
  });
});

async function until(cond: () => boolean) {
  for (let i = 0; i < 200 && !cond(); i++) await sleep(10);
  assert.ok(cond(), 'the first flush applied its events');
}

/** PostgreSQL: until a backend of this database waits on a lock (the other flush's rows). */
async function untilBlocked(db: Db, kind: 'sqlite' | 'postgres') {
  if (kind === 'sqlite') return;
  for (let i = 0; i < 300; i++) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await sleep(10);
  }
  assert.fail('the second flush never waited for the first');
}
