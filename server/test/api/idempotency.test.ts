import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('Idempotency-Key', (h) => {
  test('same key and body: same answer, one effect; same key, other body: 422', async () => {
    const ws = await h().workspace();
    const headers = { 'idempotency-key': 'create-umbrella-1' };
    const first = await ws.api.post('/api/v1/accounts', { name: 'Umbrella' }, headers);
    const second = await ws.api.post('/api/v1/accounts', { name: 'Umbrella' }, headers);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal((await ws.api.get('/api/v1/accounts?count=true')).body.total, 1);

    const other = await ws.api.post('/api/v1/accounts', { name: 'Umbrella 2' }, headers);
    assert.equal(other.status, 422);
    assert.equal((await ws.api.get('/api/v1/accounts?count=true')).body.total, 1);
  });

  test('keys are per caller, errors are replayed too, and a bad key is refused', async () => {
    const ws = await h().workspace();
    const other = await ws.apiKey('read_write');
    const headers = { 'idempotency-key': 'shared-key' };
    assert.equal((await ws.api.post('/api/v1/accounts', { name: 'A' }, headers)).status, 201);
    assert.equal(
      (await other.post('/api/v1/accounts', { name: 'B' }, headers)).status,
      201,
      'another caller may use the same key',
    );
    const bad1 = await ws.api.post('/api/v1/accounts', { name: '' }, { 'idempotency-key': 'bad' });
    const bad2 = await ws.api.post('/api/v1/accounts', { name: '' }, { 'idempotency-key': 'bad' });
    assert.equal(bad1.status, 400);
    assert.deepEqual(bad2.body, bad1.body);
    assert.equal(
      (await ws.api.post('/api/v1/accounts', { name: 'C' }, { 'idempotency-key': 'x'.repeat(300) })).status,
      400,
    );
    assert.equal((await ws.api.get('/api/v1/accounts?count=true')).body.total, 2);
  });
});
