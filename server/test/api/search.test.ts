import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createAccount } from '../../src/modules/accounts/index.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import { describeEachDatabase } from '../harness/index.ts';

/**
 * Search goes through a trigram index (PostgreSQL) or an FTS5 trigram table (SQLite) when the
 * needle is rare, and a plain scan when it is common: the answers must be the same as a
 * substring test either way, and stay right as accounts are renamed and deleted.
 */
describeEachDatabase('account search', (h) => {
  test('common and rare needles give exactly the substring matches, in order', async () => {
    const ws = await h().workspace();
    await inTransaction(ws.ctx, async (tx) => {
      for (let i = 0; i < 1100; i++) {
        await createAccount({ ctx: tx, input: { name: `Common Holdings ${String(i).padStart(4, '0')}` } });
      }
      await createAccount({ ctx: tx, input: { name: 'Rare Unicorn Labs', domain: 'unicorn.io' } });
      await createAccount({ ctx: tx, input: { name: 'Ünïcorn Ventures' } });
    });
    const common = await ws.api.get('/api/v1/accounts?q=holdings&count=true&limit=3');
    assert.equal(common.body.total, 1100);
    assert.deepEqual(
      common.body.data.map((a: { name: string }) => a.name),
      ['Common Holdings 0000', 'Common Holdings 0001', 'Common Holdings 0002'],
    );
    const next = await ws.api.get(`/api/v1/accounts?q=holdings&limit=3&cursor=${common.body.nextCursor}`);
    assert.equal(next.body.data[0].name, 'Common Holdings 0003');
    const rare = await ws.api.get('/api/v1/accounts?q=unicorn&count=true');
    assert.deepEqual(
      rare.body.data.map((a: { name: string }) => a.name),
      ['Rare Unicorn Labs', 'Ünïcorn Ventures'],
    );
    assert.equal(rare.body.total, 2);
    assert.equal(
      (await ws.api.get('/api/v1/accounts?q=unicorn.io')).body.data.length,
      1,
      'the domain is searched too',
    );
    assert.equal((await ws.api.get('/api/v1/accounts?q=un')).body.data.length, 2, 'two letters still search');
  });

  test('renamed and deleted accounts are found under their new name only', async () => {
    const ws = await h().workspace();
    const a = (await ws.api.post('/api/v1/accounts', { name: 'Zanzibar Shipping' })).body;
    await ws.api.patch(`/api/v1/accounts/${a.id}`, { name: 'Quetzal Freight' });
    assert.equal((await ws.api.get('/api/v1/accounts?q=zanzibar')).body.data.length, 0);
    assert.equal((await ws.api.get('/api/v1/accounts?q=quetzal')).body.data.length, 1);
    await ws.api.delete(`/api/v1/accounts/${a.id}`);
    assert.equal((await ws.api.get('/api/v1/accounts?q=quetzal')).body.data.length, 0);
  });

  test('any needle matches what a substring test says', async () => {
    const ws = await h().workspace();
    const names = [
      'Alpha "Quoted" Co',
      'beta_under score',
      '100% Juice',
      'Gamma-Ray Labs',
      'delta  double space',
      "O'Brien & Sons",
    ];
    for (const name of names) await ws.api.post('/api/v1/accounts', { name });
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...names)
          .chain((n) =>
            fc.tuple(fc.nat(n.length), fc.integer({ min: 1, max: 6 })).map(([s, l]) => n.slice(s, s + l)),
          ),
        async (needle) => {
          const r = await ws.api.get(`/api/v1/accounts?q=${encodeURIComponent(needle)}&limit=50`);
          assert.equal(r.status, 200);
          const expected =
            needle.trim() === ''
              ? names
              : names.filter((n) => n.toLowerCase().includes(needle.toLowerCase().trim()));
          assert.deepEqual(
            r.body.data.map((a: { name: string }) => a.name).sort(),
            [...expected].sort(),
            `needle ${JSON.stringify(needle)}`,
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  test('contacts search finds rare names among many', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Contacts Inc' })).body;
    for (const [firstName, title] of [
      ['Zebulon', 'CTO'],
      ['Amy', 'Head of Zebra Care'],
      ['Bob', 'Ops'],
    ]) {
      await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName, title });
    }
    const r = await ws.api.get('/api/v1/contacts?q=zeb&count=true');
    assert.deepEqual(
      r.body.data.map((c: { firstName: string }) => c.firstName),
      ['Amy', 'Zebulon'],
    );
    assert.equal(r.body.total, 2);
  });
});
