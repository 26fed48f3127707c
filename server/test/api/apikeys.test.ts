import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('API keys', (h) => {
  test('a key is shown once, stored hashed, scoped, tracked and revocable', async () => {
    const ws = await h().workspace();
    const admin = await client(h().app).login(ws.admin.email, ws.admin.password);
    const created = await admin.post('/api/v1/api-keys', { name: 'Zapier', scope: 'read' });
    assert.equal(created.status, 201);
    const key: string = created.body.key;
    assert.match(key, /^tc_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.body.prefix, key.slice(0, 10));

    const listed = await admin.get('/api/v1/api-keys');
    assert.equal(listed.text.includes(key), false, 'the key is never shown again');
    const stored = await h()
      .runtime.platform.db.selectFrom('api_keys')
      .select('key_hash')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.key_hash, key);

    const reader = client(h().app).withBearer(key);
    assert.equal((await reader.get('/api/v1/accounts')).status, 200);
    const write = await reader.post('/api/v1/accounts', { name: 'Nope' });
    assert.equal(write.status, 403);
    assert.match(write.body.error.message, /read/);
    const used = (await admin.get('/api/v1/api-keys')).body.data.find(
      (k: { id: string }) => k.id === created.body.id,
    );
    assert.ok(used.lastUsedAt, 'last use is recorded');

    assert.equal((await admin.delete(`/api/v1/api-keys/${created.body.id}`)).status, 204);
    const after = await reader.get('/api/v1/accounts');
    assert.equal(after.status, 401, 'a revoked key fails on the very next request');
    assert.equal(after.body.error.code, 'UNAUTHENTICATED');
  });

  test('a wrong key is a 401, not an anonymous request', async () => {
    const r = await client(h().app).withBearer('tc_this-is-not-a-key').get('/api/v1/accounts');
    assert.equal(r.status, 401);
    assert.equal((await client(h().app).get('/api/v1/accounts')).status, 401);
  });

  test('API keys cannot manage people, keys or settings', async () => {
    const ws = await h().workspace();
    assert.equal((await ws.api.get('/api/v1/api-keys')).status, 403);
    assert.equal((await ws.api.post('/api/v1/invitations', { email: 'x@example.com' })).status, 403);
    assert.equal((await ws.api.patch('/api/v1/workspace', { name: 'Renamed' })).status, 403);
    assert.equal((await ws.api.get('/api/v1/workspace')).body.name, ws.name);
  });
});
