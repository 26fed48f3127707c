import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { connectDatabase } from '../../src/platform/db/connect.ts';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../harness/databases.ts';
import { ServerProcess } from '../harness/process.ts';
import { basic } from './helpers.ts';

const CLIENTS = 4;
const BATCHES_PER_CLIENT = 30;
const EVENTS_PER_BATCH = 25;
const KILLS = 3;

/**
 * kill -9 at random moments while clients send, then restart: every acknowledged event is
 * stored, none twice, and the rollups count each stored event exactly once, even though the
 * clients resend every batch whose answer they did not get (as the SDKs do).
 */
for (const kind of databaseKinds()) {
  describe(`Durability under SIGKILL [${kind}]`, () => {
    let database: TestDatabase;
    let server: ServerProcess;
    let writeKey = '';
    let workspaceId = '';

    before(async () => {
      database = await openTestDatabase(kind);
      server = await ServerProcess.create(database);
      workspaceId = (await server.cliJson<{ id: string }>('workspace', 'create', '--name', 'Crash test')).id;
      writeKey = (
        await server.cliJson<{ writeKey: string }>(
          'source',
          'create',
          '--workspace',
          workspaceId,
          '--name',
          'Crashy',
        )
      ).writeKey;
      await server.start();
    });
    after(async () => {
      await server?.dispose();
      await database?.drop();
    });

    test('no acknowledged event is lost and none is stored or counted twice', async () => {
      const acked = new Set<string>();
      let retries = 0;
      let sent = 0;
      let killing = true;

      const send = async (batch: unknown[]) => {
        for (;;) {
          try {
            const r = await fetch(`${server.url}/v1/batch`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: basic(writeKey) },
              body: JSON.stringify({ batch }),
              signal: AbortSignal.timeout(15_000),
            });
            await r.arrayBuffer();
            if (r.status === 200) return;
            assert.ok(r.status >= 500 || r.status === 429, `unexpected ${r.status}`);
          } catch {
            // connection refused or reset: the server is down; the SDK way is to retry
          }
          retries++;
          await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        }
      };

      const client = async (c: number) => {
        // Keep sending until the last crash is over, so every crash lands mid-traffic.
        for (let b = 0; b < BATCHES_PER_CLIENT || killing; b++) {
          const batch = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => ({
            type: 'track',
            event: `Event ${i % 5}`,
            userId: `user-${c}-${i % 3}`,
            messageId: `c${c}-b${b}-e${i}`,
            context: { groupId: `group-${(b + i) % 3}` },
            timestamp: new Date(Date.UTC(2026, 10, 1 + (b % 20))).toISOString(),
          }));
          sent += batch.length;
          await send(batch);
          for (const e of batch) acked.add(e.messageId);
        }
      };

      const killer = async () => {
        for (let k = 0; k < KILLS; k++) {
          await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
          await server.crash();
          await server.start();
        }
        killing = false;
      };

      const clients = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
      await killer();
      await clients;
      await server.stop();

      const total = sent;
      assert.ok(total >= CLIENTS * BATCHES_PER_CLIENT * EVENTS_PER_BATCH);
      assert.equal(acked.size, total, 'every batch was acknowledged in the end');
      const { db, close } = connectDatabase(server.target);
      try {
        const stored = await db
          .selectFrom('usage_events')
          .select(['message_id', 'account_id'])
          .where('workspace_id', '=', workspaceId)
          .execute();
        const ids = new Set(stored.map((r) => r.message_id));
        assert.equal(stored.length, ids.size, 'no message is stored twice');
        const missing = [...acked].filter((id) => !ids.has(id));
        assert.deepEqual(missing.slice(0, 5), [], `${missing.length} acknowledged events are missing`);
        assert.equal(stored.length, total);
        assert.ok(
          stored.every((r) => r.account_id),
          'every event is attributed to its group',
        );
        const rolled = await db
          .selectFrom('usage_daily')
          .select(sql<number>`coalesce(sum(count), 0)`.as('n'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow();
        assert.equal(Number(rolled.n), total, 'the rollups count each stored event once');
      } finally {
        await close();
      }
      assert.ok(retries > 0, 'the crashes really interrupted the clients');
    });
  });
}
