import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeEachDatabase } from '../harness/index.ts';
import { createSource, ingest, loadCapture, track } from './helpers.ts';

const TODAY = '2026-11-22';

describeEachDatabase('Ingestion (Segment HTTP Tracking API)', (h) => {
  const countEvents = async (workspaceId: string) => {
    const r = await h()
      .runtime.platform.db.selectFrom('usage_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  test("Segment's Node SDK capture: the account, the contact and the usage appear; a replay stores nothing twice", async () => {
    h().clock.set(`${TODAY}T12:00:00.000Z`);
    const ws = await h().workspace();
    const source = await createSource((await ws.member('admin')).client);
    const [call] = loadCapture('segment-analytics-node-3.1.0_batch.json');
    assert.ok(call);
    const body = { ...call.body, writeKey: source.writeKey };
    const first = await ingest(h().app, call.url, body, { writeKey: source.writeKey });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body, { success: true });

    const accounts = await ws.api.get('/api/v1/accounts?q=Initech');
    const account = accounts.body.data.find((a: { externalId: string }) => a.externalId === 'segment:acct_1');
    assert.ok(account, 'group created the account');
    assert.equal(account.stage, 'customer');
    const contacts = await ws.api.get(`/api/v1/contacts?accountId=${account.id}`);
    assert.equal(contacts.body.data.length, 1, 'identify + group made the contact');
    assert.equal(contacts.body.data[0].email, 'a@example.com');

    const stored = await countEvents(ws.id);
    assert.equal(stored, 5, 'every event of the batch is stored');
    const usage = await ws.api.get(`/api/v1/accounts/${account.id}/usage?from=2023-12-01&to=2024-02-01`);
    assert.equal(usage.status, 200, usage.text);
    assert.ok(usage.body.byEvent.some((e: { name: string }) => e.name === 'Report Exported'));

    const again = await ingest(h().app, call.url, body, { writeKey: source.writeKey });
    assert.equal(again.status, 200);
    assert.equal(await countEvents(ws.id), stored, 'the same messageIds are not stored twice');
    const usageAgain = await ws.api.get(`/api/v1/accounts/${account.id}/usage?from=2023-12-01&to=2024-02-01`);
    assert.equal(usageAgain.body.totalEvents, usage.body.totalEvents, 'rollups count each message once');
  });

  test('RudderStack capture: gzip labelled as a form, no timestamp (derived from originalTimestamp and sentAt)', async () => {
    const receivedAt = '2026-11-22T06:22:30.000Z';
    h().clock.set(receivedAt);
    const ws = await h().workspace();
    const admin = await ws.member('admin');
    const source = await createSource(admin.client);
    for (const call of loadCapture('rudderstack-rudder-sdk-node-3.0.13_batch.json')) {
      const r = await ingest(h().app, call.url, call.body, {
        writeKey: source.writeKey,
        gzip: true,
        contentType: 'application/x-www-form-urlencoded',
      });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const rows = await h()
      .runtime.platform.db.selectFrom('usage_events')
      .select(['type', 'event', 'timestamp', 'account_id'])
      .where('workspace_id', '=', ws.id)
      .execute();
    assert.equal(rows.length, 3);
    const tracked = rows.find((r) => r.type === 'track');
    assert.ok(tracked?.account_id, 'the track is attributed to the grouped account');
    const skewMs = Date.parse(receivedAt) - Date.parse(String(tracked.timestamp));
    assert.ok(
      skewMs >= 0 && skewMs < 1000,
      `timestamp = receivedAt − (sentAt − originalTimestamp), got ${tracked.timestamp}`,
    );
  });

  test('a bad event is rejected alone and listed as a warning with its reason', async () => {
    h().clock.set(`${TODAY}T12:00:00.000Z`);
    const ws = await h().workspace();
    const source = await createSource((await ws.member('admin')).client);
    const batch = [
      track({ context: { groupId: 'g-1' } }),
      track({ userId: undefined, anonymousId: undefined }),
      track({ event: '' }),
      { type: 'shout', userId: 'u1' },
    ];
    const r = await ingest(h().app, '/v1/batch', { batch }, { writeKey: source.writeKey });
    assert.equal(r.status, 200);
    assert.equal(await countEvents(ws.id), 1);
    const warnings = await ws.api.get('/api/v1/ingestion/warnings');
    assert.equal(warnings.status, 200);
    const reasons = warnings.body.data.map((w: { reason: string }) => w.reason).sort();
    assert.equal(reasons.length, 3);
    assert.match(reasons.join('|'), /userId or anonymousId is required/);
    assert.match(reasons.join('|'), /needs an event name/);
    assert.match(reasons.join('|'), /type must be one of/);
    assert.equal(warnings.body.data[0].source.name, 'Product backend');
    assert.ok(warnings.body.data.every((w: { payload: unknown }) => typeof w.payload === 'object'));
  });

  test('only bad JSON, an oversized body or a wrong key is refused, and nothing is stored', async () => {
    const ws = await h().workspace();
    const source = await createSource((await ws.member('admin')).client);
    const bad = await ingest(h().app, '/v1/track', '{"type":"track",', { writeKey: source.writeKey });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /not valid JSON/);
    const big = { batch: Array.from({ length: 2501 }, () => track()) };
    assert.equal((await ingest(h().app, '/v1/batch', big, { writeKey: source.writeKey })).status, 400);
    const huge = { batch: [track({ properties: { blob: 'x'.repeat(520 * 1024) } })] };
    const hugeReply = await ingest(h().app, '/v1/batch', huge, { writeKey: source.writeKey, gzip: true });
    assert.equal(hugeReply.status, 413, 'the 500 KB limit applies after decompression');
    assert.equal(hugeReply.body.error.code, 'TOO_LARGE');
    const oneTooBig = await ingest(
      h().app,
      '/v1/track',
      track({ properties: { blob: 'x'.repeat(40 * 1024) } }),
      {
        writeKey: source.writeKey,
      },
    );
    assert.equal(oneTooBig.status, 200, 'a single event over 32 KB is a warning, not a failed request');
    assert.equal((await ingest(h().app, '/v1/track', track(), { writeKey: 'nope' })).status, 401);
    assert.equal((await ingest(h().app, '/v1/track', track())).status, 401);
    assert.equal(await countEvents(ws.id), 0);
    const warnings = await ws.api.get('/api/v1/ingestion/warnings');
    assert.match(warnings.body.data[0].reason, /larger than 32 KB/);
  });

  test('analytics.js style: short path, text/plain body with writeKey, CORS preflight and headers', async () => {
    const ws = await h().workspace();
    const source = await createSource((await ws.member('admin')).client);
    const preflight = await h().app.inject({
      method: 'OPTIONS',
      url: '/v1/t',
      headers: { origin: 'https://app.customer.example', 'access-control-request-method': 'POST' },
    });
    assert.ok(preflight.statusCode < 300);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    const r = await ingest(
      h().app,
      '/v1/t',
      { ...track({ userId: undefined, anonymousId: 'anon-1' }), writeKey: source.writeKey },
      {
        contentType: 'text/plain;charset=UTF-8',
        headers: { origin: 'https://app.customer.example', 'sec-fetch-site': 'cross-site' },
      },
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.headers['access-control-allow-origin'], '*');
    const stored = await h()
      .runtime.platform.db.selectFrom('usage_events')
      .select(['payload'])
      .where('workspace_id', '=', ws.id)
      .executeTakeFirstOrThrow();
    assert.ok(
      !JSON.stringify(stored.payload).includes(source.writeKey),
      'the write key is not stored with the event',
    );
  });

  test('a revoked source is refused; sources are managed by admins only', async () => {
    const ws = await h().workspace();
    const admin = (await ws.member('admin')).client;
    const source = await createSource(admin);
    const listed = await admin.get('/api/v1/sources');
    assert.equal(listed.body.data[0].writeKey, source.writeKey);
    const csm = (await ws.member('csm')).client;
    assert.equal((await csm.post('/api/v1/sources', { name: 'x' })).status, 403);
    assert.equal((await admin.delete(`/api/v1/sources/${source.id}`)).status, 204);
    assert.equal((await ingest(h().app, '/v1/track', track(), { writeKey: source.writeKey })).status, 401);
  });

  test('no body, however odd, gets a 500: only 200 or 400, and a 200 stores or warns about every event', async () => {
    const ws = await h().workspace();
    const source = await createSource((await ws.member('admin')).client);
    const message = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.constantFrom('track', 'identify', 'group', 'page', 'screen', 'alias', 'other'),
          event: fc.oneof(fc.string(), fc.integer()),
          userId: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          anonymousId: fc.string(),
          groupId: fc.string(),
          previousId: fc.string(),
          messageId: fc.string(),
          timestamp: fc.oneof(
            fc.string(),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          ),
          traits: fc.object(),
          properties: fc.object(),
          context: fc.record({ groupId: fc.string() }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(message, { maxLength: 8 }).map((batch) => JSON.stringify({ batch })),
          fc.json(),
          fc.string(),
        ),
        async (body) => {
          const r = await ingest(h().app, '/v1/batch', body, { writeKey: source.writeKey });
          assert.ok(r.status === 200 || r.status === 400, `${r.status} for ${body.slice(0, 200)}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("another workspace's ids give 404 and change nothing", async () => {
    const a = await h().workspace();
    const b = await h().workspace();
    const adminA = (await a.member('admin')).client;
    const sourceA = await createSource(adminA);
    const account = await a.api.post('/api/v1/accounts', { name: 'Mine' });
    const feature = await a.api.post('/api/v1/features', { name: 'Export', event: 'Report Exported' });
    assert.equal(feature.status, 201);
    const adminB = (await b.member('admin')).client;
    assert.equal((await b.api.get(`/api/v1/accounts/${account.body.id}/usage`)).status, 404);
    assert.equal((await adminB.delete(`/api/v1/sources/${sourceA.id}`)).status, 404);
    assert.equal((await b.api.delete(`/api/v1/features/${feature.body.id}`)).status, 404);
    assert.equal((await adminA.get('/api/v1/sources')).body.data[0].revokedAt, null);
    assert.equal((await a.api.get('/api/v1/features')).body.data.length, 1);
  });
});
