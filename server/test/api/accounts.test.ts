import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('accounts API', (h) => {
  test('create, read, update and delete an account', async () => {
    const ws = await h().workspace();
    const created = await ws.api.post('/api/v1/accounts', {
      name: 'Globex Corporation',
      domain: 'https://www.Globex.com/about',
      arr: 120000,
      tier: 'enterprise',
      stage: 'customer',
      renewalDate: '2027-03-31',
      tags: ['Pilot', 'EMEA'],
      customFields: { industry: 'Energy', seats: 250 },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.domain, 'globex.com');
    assert.equal(created.body.mrr, 10000);
    assert.deepEqual(created.body.tags, ['emea', 'pilot']);
    assert.equal(created.body.customFields.seats, 250);

    const id = created.body.id;
    const got = await ws.api.get(`/api/v1/accounts/${id}`);
    assert.equal(got.status, 200);
    assert.equal(got.body.name, 'Globex Corporation');

    const patched = await ws.api.patch(`/api/v1/accounts/${id}`, {
      mrr: 12500,
      renewalDate: null,
      ownerId: ws.admin.id,
    });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.arr, 150000);
    assert.equal(patched.body.renewalDate, null);
    assert.equal(patched.body.owner.id, ws.admin.id);

    const deleted = await ws.api.delete(`/api/v1/accounts/${id}`);
    assert.equal(deleted.status, 204);
    assert.equal((await ws.api.get(`/api/v1/accounts/${id}`)).status, 404);
  });

  test('search, filter, sort and page through accounts', async () => {
    const ws = await h().workspace();
    const names = ['Álpha Mining', 'beta Labs', 'Gamma Foods', 'Delta Air', 'epsilon Bank', 'Zeta 50% Off'];
    for (const [i, name] of names.entries()) {
      const r = await ws.api.post('/api/v1/accounts', {
        name,
        arr: (i + 1) * 1000,
        stage: i % 2 === 0 ? 'customer' : 'prospect',
        renewalDate: i === 3 ? null : `2027-0${i + 1}-15`,
        tags: i < 2 ? ['key'] : [],
      });
      assert.equal(r.status, 201, r.text);
    }
    const all = await ws.api.get('/api/v1/accounts?limit=4&count=true');
    assert.equal(all.body.total, 6);
    assert.deepEqual(
      all.body.data.map((a: { name: string }) => a.name),
      ['Álpha Mining', 'beta Labs', 'Delta Air', 'epsilon Bank'],
      'name sort ignores case and accents',
    );
    const next = await ws.api.get(`/api/v1/accounts?limit=4&cursor=${all.body.nextCursor}`);
    assert.deepEqual(
      next.body.data.map((a: { name: string }) => a.name),
      ['Gamma Foods', 'Zeta 50% Off'],
    );
    assert.equal(next.body.nextCursor, null);

    const search = await ws.api.get('/api/v1/accounts?q=ALPHA');
    assert.deepEqual(
      search.body.data.map((a: { name: string }) => a.name),
      ['Álpha Mining'],
    );
    const wildcard = await ws.api.get(`/api/v1/accounts?q=${encodeURIComponent('50%')}`);
    assert.deepEqual(
      wildcard.body.data.map((a: { name: string }) => a.name),
      ['Zeta 50% Off'],
    );

    const customers = await ws.api.get('/api/v1/accounts?stage=customer&sort=-arr');
    assert.deepEqual(
      customers.body.data.map((a: { arr: number }) => a.arr),
      [5000, 3000, 1000],
    );
    const tagged = await ws.api.get('/api/v1/accounts?tag=key');
    assert.equal(tagged.body.data.length, 2);

    // Nulls sort last in both directions, and pages never repeat or skip a row.
    for (const sort of ['renewalDate', '-renewalDate']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/accounts?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await ws.api.get(url);
        assert.equal(page.status, 200, page.text);
        seen.push(...page.body.data.map((a: { name: string }) => a.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 6);
      assert.equal(seen.at(-1), 'Delta Air', `${sort}: the account without renewal date comes last`);
    }
  });

  test('bad input is a 400 with a clear message and changes nothing', async () => {
    const ws = await h().workspace();
    const cases: unknown[] = [
      {},
      { name: '' },
      { name: 'X', stage: 'lead' },
      { name: 'X', domain: 'not a domain' },
      { name: 'X', arr: -5 },
      { name: 'X', renewalDate: '2027-02-30x' },
      { name: 'X', contractStart: '2026-05-01', renewalDate: '2026-05-01' },
      { name: 'X', ownerId: 'not-an-id' },
      { name: 'X', workspaceId: '01a20248-3bbe-7211-b67d-6c5c1ff2a035' },
    ];
    for (const body of cases) {
      const r = await ws.api.post('/api/v1/accounts', body as Record<string, unknown>);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
      assert.equal(r.body.error.code, 'VALIDATION');
      assert.ok(r.body.error.message.length > 5);
    }
    const broken = await ws.api.post('/api/v1/accounts', '{"name": ', { 'content-type': 'application/json' });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error.code, 'VALIDATION');
    const list = await ws.api.get('/api/v1/accounts?count=true');
    assert.equal(list.body.total, 0);
    // An edit may not put the renewal before the start of the contract either.
    const a = (
      await ws.api.post('/api/v1/accounts', {
        name: 'Dated',
        contractStart: '2026-05-01',
        renewalDate: '2027-05-01',
      })
    ).body;
    const earlier = await ws.api.patch(`/api/v1/accounts/${a.id}`, { renewalDate: '2026-04-30' });
    assert.equal(earlier.status, 400, earlier.text);
    assert.match(earlier.body.error.message, /renewalDate: must come after the contract start, May 1, 2026/);
    const later = await ws.api.patch(`/api/v1/accounts/${a.id}`, { contractStart: '2027-06-01' });
    assert.equal(later.status, 400, later.text);
    assert.equal((await ws.api.get(`/api/v1/accounts/${a.id}`)).body.renewalDate, '2027-05-01');
    await ws.api.delete(`/api/v1/accounts/${a.id}`);
    assert.equal((await ws.api.get('/api/v1/accounts?sort=bogus')).status, 400);
    assert.equal((await ws.api.get('/api/v1/accounts?cursor=garbage')).status, 400);
  });

  test("another workspace's account ids answer 404 and change nothing", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const acc = await theirs.api.post('/api/v1/accounts', { name: 'Their Account' });
    const id = acc.body.id;
    assert.equal((await mine.api.get(`/api/v1/accounts/${id}`)).status, 404);
    assert.equal((await mine.api.patch(`/api/v1/accounts/${id}`, { name: 'Hijacked' })).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/accounts/${id}`)).status, 404);
    assert.equal((await mine.api.get(`/api/v1/accounts/${id}/timeline`)).status, 404);
    assert.equal((await mine.api.post(`/api/v1/accounts/${id}/timeline`, { body: 'x' })).status, 404);
    assert.equal((await mine.api.get(`/api/v1/accounts/${id}/contacts`)).status, 404);
    assert.equal((await mine.api.get('/api/v1/accounts')).body.data.length, 0);
    const still = await theirs.api.get(`/api/v1/accounts/${id}`);
    assert.equal(still.body.name, 'Their Account');
  });

  test('a stage change is recorded on the timeline with who made it', async () => {
    const ws = await h().workspace();
    const acc = await ws.api.post('/api/v1/accounts', { name: 'Initech', stage: 'prospect' });
    const csm = await ws.member('csm');
    const r = await csm.client.patch(`/api/v1/accounts/${acc.body.id}`, { stage: 'customer' });
    assert.equal(r.status, 200, r.text);
    await h().drain();
    const timeline = await ws.api.get(`/api/v1/accounts/${acc.body.id}/timeline`);
    const stage = timeline.body.data.find((e: { event: string }) => e.event === 'account.stage_changed');
    assert.ok(stage, 'stage change entry exists');
    assert.equal(stage.title, 'Stage: Prospect → Customer');
    assert.equal(stage.author.id, csm.id);
  });
});
