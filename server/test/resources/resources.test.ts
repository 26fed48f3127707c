import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';
import { createSource, ingest, track } from '../ingest/helpers.ts';

describeEachDatabase('Support resources', (h) => {
  const setup = async () => {
    const ws = await h().workspace();
    const manager = await ws.member('manager');
    const account = (
      await ws.api.post('/api/v1/accounts', { name: 'Acme', stage: 'customer', externalId: 'crm-acme' })
    ).body;
    const contact = (
      await ws.api.post('/api/v1/contacts', {
        accountId: account.id,
        firstName: 'Ann',
        email: 'ann@acme.example',
      })
    ).body;
    const guide = await manager.client.post('/api/v1/resources', {
      kind: 'onboarding_guide',
      title: 'Getting started <fast>',
      url: 'https://docs.example.com/start',
      ownerId: manager.id,
    });
    assert.equal(guide.status, 201, guide.text);
    return { ws, manager, account, contact, guide: guide.body };
  };
  const slugOf = (r: { trackingUrl: string }) => r.trackingUrl.split('/r/')[1] ?? '';
  const stats = async (
    ws: { api: { get: (u: string) => Promise<{ body: { stats: Record<string, unknown> } }> } },
    id: string,
  ) => (await ws.api.get(`/api/v1/resources/${id}`)).body.stats;

  test('a catalog that managers keep, everyone reads, and bad input leaves unchanged', async () => {
    const { ws, guide } = await setup();
    assert.match(guide.trackingUrl, /^http:\/\/trustcircle\.test\/r\/[A-Za-z0-9_-]{12}$/);
    const csm = await ws.member('csm');
    assert.equal((await csm.client.post('/api/v1/resources', { kind: 'chat', title: 'Chat' })).status, 403);
    const bad = await ws.api.post('/api/v1/resources', {
      kind: 'kb_article',
      title: 'X',
      url: 'javascript:alert(1)',
    });
    assert.equal(bad.status, 400);
    assert.equal((await ws.api.post('/api/v1/resources', { kind: 'webinar', title: 'X' })).status, 400);
    const viewer = await ws.member('viewer');
    const listed = await viewer.client.get('/api/v1/resources');
    assert.deepEqual(
      listed.body.data.map((r: { title: string }) => r.title),
      ['Getting started <fast>'],
    );
    const archived = await ws.api.patch(`/api/v1/resources/${guide.id}`, { archived: true });
    assert.ok(archived.body.archivedAt);
    assert.equal((await ws.api.get('/api/v1/resources')).body.data.length, 0);
    assert.equal((await ws.api.get('/api/v1/resources?archived=true')).body.data.length, 1);
  });

  test('the tracking link counts a use and redirects; its page takes a rating', async () => {
    const { ws, account, guide } = await setup();
    const slug = slugOf(guide);
    const click = await h().app.inject({
      method: 'GET',
      url: `/r/${slug}?account=crm-acme&contact=ann@acme.example`,
    });
    assert.equal(click.statusCode, 302);
    assert.equal(click.headers.location, 'https://docs.example.com/start');
    assert.equal(click.headers['x-robots-tag'], 'noindex');
    assert.equal(click.headers['referrer-policy'], 'no-referrer');
    const cookie = click.cookies.find((c) => c.name === `tc_use_${slug}`);
    assert.ok(cookie);

    const page = await h().app.inject({ method: 'GET', url: `/r/${slug}/rate` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Getting started &lt;fast&gt;/, 'titles are escaped');
    assert.ok(!page.body.includes('<fast>'));

    const wrong = await h().app.inject({
      method: 'POST',
      url: `/r/${slug}/rate`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `tc_use_${slug}=${cookie.value}`,
      },
      payload: 'rating=9',
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal((await stats(ws, guide.id)).ratings, 0, 'a bad rating changes nothing');

    // A no-referrer page's form is posted with Origin: null by browsers; it must still work.
    const rated = await h().app.inject({
      method: 'POST',
      url: `/r/${slug}/rate`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `tc_use_${slug}=${cookie.value}`,
        origin: 'null',
        'sec-fetch-site': 'same-origin',
      },
      payload: 'rating=4&comment=Clear+and+short',
    });
    assert.equal(rated.statusCode, 200);
    assert.match(rated.body, /Thank you/);
    const s = await stats(ws, guide.id);
    assert.deepEqual(
      [s.uses, s.accountsReached, s.ratings, s.averageRating, s.helpfulShare],
      [1, 1, 1, 4, 1],
    );
    const uses = await ws.api.get(`/api/v1/resources/${guide.id}/uses`);
    assert.deepEqual(
      [uses.body.data[0].account.id, uses.body.data[0].contact.name, uses.body.data[0].comment],
      [account.id, 'Ann', 'Clear and short'],
    );
    assert.equal((await h().app.inject({ method: 'GET', url: '/r/no-such-link' })).statusCode, 404);

    const feedbackOnly = await h().app.inject({
      method: 'POST',
      url: `/r/${slug}/rate`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'rating=2',
    });
    assert.equal(feedbackOnly.statusCode, 200);
    const after = await stats(ws, guide.id);
    assert.deepEqual(
      [after.uses, after.ratings, after.averageRating],
      [1, 2, 3],
      'a rating alone is feedback, not a use',
    );
  });

  test('"Resource Viewed" events count once per message; an unknown resource is a warning', async () => {
    const { ws, guide } = await setup();
    const source = await createSource((await ws.member('admin')).client);
    const batch = [
      { type: 'group', userId: 'ann', groupId: 'acme-co', traits: { name: 'Acme Co' } },
      track({
        userId: 'ann',
        event: 'Resource Viewed',
        messageId: 'rv-1',
        properties: { resourceId: slugOf(guide), rating: 5 },
      }),
      track({
        userId: 'ann',
        event: 'Resource Viewed',
        messageId: 'rv-2',
        properties: { resourceId: 'nope' },
      }),
    ];
    for (let i = 0; i < 2; i++) {
      assert.equal(
        (await ingest(h().app, '/v1/batch', { batch }, { writeKey: source.writeKey })).status,
        200,
      );
    }
    const s = await stats(ws, guide.id);
    assert.deepEqual([s.uses, s.ratings, s.averageRating], [1, 1, 5]);
    const warnings = await ws.api.get('/api/v1/ingestion/warnings');
    assert.equal(
      warnings.body.data.filter((w: { reason: string }) => /unknown resource "nope"/.test(w.reason)).length,
      1,
    );
  });

  test('seminar registration and attendance by API and CSV, and the per-account view', async () => {
    const { ws, account, contact, manager } = await setup();
    const seminar = (
      await manager.client.post('/api/v1/resources', { kind: 'training_seminar', title: 'Admin training' })
    ).body;
    const reg = await ws.api.post(`/api/v1/resources/${seminar.id}/uses`, {
      kind: 'registered',
      contactId: contact.id,
    });
    assert.deepEqual([reg.status, reg.body.recorded], [201, true]);
    const again = await ws.api.post(`/api/v1/resources/${seminar.id}/uses`, {
      kind: 'registered',
      contactId: contact.id,
    });
    assert.equal(again.body.recorded, false, 'registering twice is one registration');
    const registeredOnly = await stats(ws, seminar.id);
    assert.deepEqual(
      [registeredOnly.uses, registeredOnly.accountsReached],
      [0, 0],
      'a registration alone reaches nobody yet',
    );
    const csv =
      'Email,Status,Date\nann@acme.example,attended,2026-11-20T10:00:00Z\nstranger@x.example,attended,\nann@acme.example,maybe,\n';
    const imported = await ws.api.post(`/api/v1/resources/${seminar.id}/attendance`, csv, {
      'content-type': 'text/csv',
    });
    assert.equal(imported.status, 200, imported.text);
    assert.equal(imported.body.recorded, 1);
    assert.deepEqual(
      imported.body.skipped.map((s: { row: number }) => s.row),
      [3, 4],
    );
    const reimported = await ws.api.post(`/api/v1/resources/${seminar.id}/attendance`, csv, {
      'content-type': 'text/csv',
    });
    assert.deepEqual([reimported.body.recorded, reimported.body.repeated], [0, 1]);
    const s = await stats(ws, seminar.id);
    assert.deepEqual(
      [s.registered, s.attended, s.uses],
      [1, 1, 1],
      'a registration is not a use; attending is',
    );
    await ws.api.post(`/api/v1/resources/${seminar.id}/uses`, {
      accountId: account.id,
      occurredAt: '2026-10-01T09:00:00Z',
    });
    const first = (await ws.api.get(`/api/v1/resources/${seminar.id}/uses?limit=1`)).body;
    const rest = (await ws.api.get(`/api/v1/resources/${seminar.id}/uses?limit=5&cursor=${first.nextCursor}`))
      .body;
    const times = [...first.data, ...rest.data].map((u: { occurredAt: string }) => u.occurredAt);
    assert.equal(times.length, 3);
    assert.deepEqual(
      times,
      [...times].sort().reverse(),
      'uses are listed by when they happened, newest first',
    );

    const perAccount = await ws.api.get(`/api/v1/accounts/${account.id}/resources`);
    assert.equal(perAccount.status, 200);
    assert.deepEqual(
      perAccount.body.used.map((u: { resource: { title: string }; attended: number }) => [
        u.resource.title,
        u.attended,
      ]),
      [['Admin training', 1]],
    );
    assert.deepEqual(
      perAccount.body.neverUsed.map((r: { title: string }) => r.title),
      ['Getting started <fast>'],
    );
  });

  test("another workspace's ids give 404 and change nothing", async () => {
    const a = await setup();
    const b = await h().workspace();
    const use = await a.ws.api.post(`/api/v1/resources/${a.guide.id}/uses`, { accountId: a.account.id });
    assert.equal(use.status, 201);
    const useId = (await a.ws.api.get(`/api/v1/resources/${a.guide.id}/uses`)).body.data[0].id;
    assert.equal((await b.api.get(`/api/v1/resources/${a.guide.id}`)).status, 404);
    assert.equal((await b.api.patch(`/api/v1/resources/${a.guide.id}`, { title: 'Mine' })).status, 404);
    assert.equal((await b.api.get(`/api/v1/resources/${a.guide.id}/uses`)).status, 404);
    assert.equal((await b.api.post(`/api/v1/resources/${a.guide.id}/uses`, {})).status, 404);
    assert.equal((await b.api.post(`/api/v1/resource-uses/${useId}/rating`, { rating: 1 })).status, 404);
    assert.equal((await b.api.get(`/api/v1/accounts/${a.account.id}/resources`)).status, 404);
    const bResource = (await b.api.post('/api/v1/resources', { kind: 'chat', title: 'B chat' })).body;
    assert.equal(
      (await b.api.post(`/api/v1/resources/${bResource.id}/uses`, { accountId: a.account.id })).status,
      404,
      'an account of another workspace cannot be named',
    );
    const after = await a.ws.api.get(`/api/v1/resources/${a.guide.id}`);
    assert.deepEqual([after.body.title, after.body.stats.ratings], ['Getting started <fast>', 0]);
  });
});
