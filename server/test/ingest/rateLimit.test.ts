import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, createRuntime, type Runtime } from '../../src/compose.ts';
import { createSource } from '../../src/modules/sources/index.ts';
import { createWorkspace } from '../../src/modules/workspaces/index.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import type { App } from '../../src/platform/http/types.ts';
import { newId } from '../../src/platform/ids.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { sqliteDatabase, type TestDatabase } from '../harness/databases.ts';
import { ingest, track } from './helpers.ts';

/** The rate limit is per process and in memory: one database is enough to show it. */
describe('Ingestion rate limit', () => {
  let database: TestDatabase;
  let runtime: Runtime;
  let app: App;
  before(async () => {
    database = sqliteDatabase();
    const config = loadConfig({
      TRUSTCIRCLE_DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/tc-test-data`,
      LOG_LEVEL: 'silent',
      TRUSTCIRCLE_INGEST_EVENTS_PER_SECOND: '10',
    });
    runtime = await createRuntime({ ...config, database: database.target }, { log: createLogger('silent') });
    app = await createApp(runtime, null);
  });
  after(async () => {
    await app.close();
    await runtime.close();
    await database.drop();
  });

  test('beyond the rate a workspace gets 429 with Retry-After, and those events are not stored', async () => {
    const { platform } = runtime;
    const base = {
      db: platform.db,
      clock: platform.clock,
      log: platform.log,
      requestId: newId(),
      baseUrl: 'http://x',
    };
    const ws = await createWorkspace({ ctx: base, input: { name: 'Limited' } });
    const ctx = {
      ...base,
      workspace: { id: ws.id, name: ws.name },
      actor: { type: 'cli' as const, command: 'test' },
    };
    const source = await createSource({ ctx, input: { name: 'Busy' } });
    const batch = (n: number) => ({ batch: Array.from({ length: n }, () => track()) });
    assert.equal(
      (await ingest(app, '/v1/batch', batch(20), { writeKey: source.writeKey })).status,
      200,
      'a burst of twice the rate passes',
    );
    const limited = await ingest(app, '/v1/batch', batch(5), { writeKey: source.writeKey });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal(limited.body.error.code, 'LIMIT_EXCEEDED');
    const stored = await platform.db
      .selectFrom('usage_events')
      .select('id')
      .where('workspace_id', '=', ws.id)
      .execute();
    assert.equal(stored.length, 20);
  });
});
