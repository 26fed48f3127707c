import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('HTTP platform', (h) => {
  test('health, readiness and Prometheus metrics', async () => {
    const anon = client(h().app);
    assert.deepEqual((await anon.get('/healthz')).body, { status: 'ok' });
    const ready = await anon.get('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.database, h().kind);
    const metrics = await anon.get('/metrics');
    assert.match(metrics.text, /trustcircle_http_request_duration_seconds_bucket\{/);
    assert.match(metrics.text, /route="\/readyz"/);
  });

  test('every answer carries security headers and a request id', async () => {
    const r = await client(h().app).get('/healthz', { 'x-request-id': 'trace-abc-123456' });
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.ok(r.headers['referrer-policy']);
    assert.equal(r.headers['x-request-id'], 'trace-abc-123456');
  });

  test('the OpenAPI document describes the API and the docs page is readable', async () => {
    const doc = await client(h().app).get('/api/v1/openapi.json');
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, '3.1.0');
    for (const path of [
      '/api/v1/accounts',
      '/api/v1/accounts/{id}',
      '/api/v1/contacts/{id}/rapport',
      '/api/v1/accounts/{id}/timeline',
    ]) {
      assert.ok(doc.body.paths[path], `${path} is documented`);
    }
    assert.ok(doc.body.components.schemas.Account, 'schemas are shared components');
    const page = await client(h().app).get('/api/docs/');
    assert.equal(page.status, 200);
    assert.match(page.text, /swagger/i);
  });

  test('unknown API paths answer 404 in the error format', async () => {
    const r = await client(h().app).get('/api/v1/nothing-here');
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'NOT_FOUND');
  });

  test('no input makes the API answer 500', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Fuzz target' })).body;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/v1/accounts',
          `/api/v1/accounts/${acc.id}`,
          '/api/v1/contacts',
          `/api/v1/accounts/${acc.id}/timeline`,
        ),
        fc.constantFrom<'post' | 'patch'>('post', 'patch'),
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.object().map((o) => JSON.stringify(o)),
        ),
        async (url, method, payload) => {
          const r = await h().app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            payload,
            headers: { authorization: `Bearer ${ws.api.bearer}`, 'content-type': 'application/json' },
          });
          assert.ok(r.statusCode < 500, `${method} ${url} ${payload} → ${r.statusCode} ${r.body}`);
        },
      ),
      { numRuns: 60 },
    );
    const qs = await ws.api.get('/api/v1/accounts?limit=0&stage=nope&ownerId=1&renewalBefore=yesterday');
    assert.equal(qs.status, 400);
  });

  test('without SMTP, mail waits in the outbox the app shows', async () => {
    const ws = await h().workspace();
    const admin = await client(h().app).login(ws.admin.email, ws.admin.password);
    await admin.post('/api/v1/invitations', { email: 'newbie@example.com', role: 'viewer' });
    await h().drain();
    const mail = await admin.get('/api/v1/mail');
    const invite = mail.body.data.find((m: { to: string }) => m.to === 'newbie@example.com');
    assert.equal(invite.status, 'outbox');
    assert.match(invite.text, /\/invite\?token=/);
    assert.equal((await ws.api.get('/api/v1/mail')).status, 403, 'only admins read the outbox');
  });
});
