import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagOverduePromises } from '../../src/modules/promises/index.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type P = {
  id: string;
  status: string;
  overdue: boolean;
  daysOverdue: number;
  dueOn: string;
  resolvedOn: string | null;
};

describeEachDatabase('the promise ledger', (h) => {
  const account = async (ws: TestWorkspace, name = 'Initech', stage = 'customer') =>
    (await ws.api.post('/api/v1/accounts', { name, stage })).body as { id: string };
  const promise = async (ws: TestWorkspace, body: Record<string, unknown>) => {
    const r = await ws.api.post('/api/v1/promises', {
      title: 'SSO before go-live',
      kind: 'feature',
      ...body,
    });
    assert.equal(r.status, 201, r.text);
    return r.body as P;
  };

  test('a promise is kept on time, kept late, or broken, and each step is in its history', async () => {
    h().clock.set('2026-03-10T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = await account(ws);
    const contact = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Peter' })).body;
    const made = await csm.client.post('/api/v1/promises', {
      accountId: acc.id,
      title: 'Salesforce sync live',
      kind: 'integration',
      contactId: contact.id,
      dueOn: '2026-03-20',
    });
    assert.equal(made.status, 201, made.text);
    assert.equal(made.body.owner.id, csm.id, 'the one who records it owns it by default');
    assert.equal(made.body.contact.name, 'Peter');
    assert.deepEqual(
      [made.body.status, made.body.promisedOn, made.body.overdue],
      ['open', '2026-03-10', false],
    );

    const late = await promise(ws, { accountId: acc.id, dueOn: '2026-03-12' });
    const broken = await promise(ws, { accountId: acc.id, dueOn: '2026-03-12' });

    h().clock.set('2026-03-15T12:00:00Z');
    const listed = (await ws.api.get(`/api/v1/promises?accountId=${acc.id}&overdue=true`)).body.data as P[];
    assert.deepEqual(listed.map((p) => p.id).sort(), [late.id, broken.id].sort());
    assert.equal(listed[0]?.daysOverdue, 3);

    const kept = await ws.api.post(`/api/v1/promises/${made.body.id}/resolve`, {
      outcome: 'delivered',
      evidence: 'https://status.example.com/sync',
    });
    assert.equal(kept.body.status, 'kept', kept.text);
    const wasLate = await ws.api.post(`/api/v1/promises/${late.id}/resolve`, {
      outcome: 'delivered',
      on: '2026-03-14',
    });
    assert.deepEqual([wasLate.body.status, wasLate.body.resolvedOn], ['late', '2026-03-14']);
    const gone = await ws.api.post(`/api/v1/promises/${broken.id}/resolve`, {
      outcome: 'broken',
      note: 'Vendor API retired',
    });
    assert.equal(gone.body.status, 'broken');
    const again = await ws.api.post(`/api/v1/promises/${broken.id}/resolve`, { outcome: 'delivered' });
    assert.equal(again.status, 409, 'a resolved promise must be reopened first');

    const history = (await ws.api.get(`/api/v1/promises/${broken.id}/history`)).body.data;
    assert.deepEqual(
      history.map((e: { kind: string; toStatus: string }) => `${e.kind}:${e.toStatus}`),
      ['status:broken', 'created:open'],
    );
    assert.match(history[0].note, /Vendor API retired/);

    await h().drain();
    const titles = (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline`)).body.data.map(
      (e: { title: string }) => e.title,
    );
    for (const t of ['Promise made', 'Promise kept', 'Promise kept late', 'Promise broken'])
      assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
  });

  test('renegotiating moves the due day with the reason; reopening undoes a resolution', async () => {
    h().clock.set('2026-05-01T09:00:00Z');
    const ws = await h().workspace();
    const acc = await account(ws);
    const p = await promise(ws, { accountId: acc.id, dueOn: '2026-05-10', detail: 'Okta and Azure AD' });
    const edited = (await ws.api.patch(`/api/v1/promises/${p.id}`, { title: 'SAML SSO before go-live' }))
      .body;
    assert.deepEqual([edited.title, edited.detail], ['SAML SSO before go-live', 'Okta and Azure AD']);
    const r = await ws.api.post(`/api/v1/promises/${p.id}/renegotiate`, {
      dueOn: '2026-06-01',
      note: 'Agreed with their CTO on the call',
    });
    assert.deepEqual([r.body.status, r.body.dueOn], ['renegotiated', '2026-06-01'], r.text);
    const same = await ws.api.post(`/api/v1/promises/${p.id}/renegotiate`, {
      dueOn: '2026-06-01',
      note: 'x',
    });
    assert.equal(same.status, 409);
    const noNote = await ws.api.post(`/api/v1/promises/${p.id}/renegotiate`, { dueOn: '2026-06-02' });
    assert.equal(noNote.status, 400);
    const h1 = (await ws.api.get(`/api/v1/promises/${p.id}/history`)).body.data[0];
    assert.deepEqual([h1.kind, h1.fromDueOn, h1.toDueOn], ['renegotiated', '2026-05-10', '2026-06-01']);

    await ws.api.post(`/api/v1/promises/${p.id}/resolve`, { outcome: 'delivered' });
    const reopened = await ws.api.post(`/api/v1/promises/${p.id}/reopen`, {
      note: 'SSO fails for their EU tenant',
    });
    assert.equal(reopened.body.status, 'open', reopened.text);
    assert.equal(reopened.body.resolvedOn, null);
  });

  test('the keeping rate counts kept ÷ came due, per month, per owner and per account', async () => {
    h().clock.set('2026-04-15T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const a = await account(ws, 'Alpha');
    const b = await account(ws, 'Beta');
    const mk = (accountId: string, dueOn: string, ownerId: string) =>
      promise(ws, { accountId, dueOn, promisedOn: '2026-01-01', ownerId });
    const p1 = await mk(a.id, '2026-02-10', csm.id);
    const p2 = await mk(a.id, '2026-03-05', csm.id);
    const p3 = await mk(b.id, '2026-03-20', ws.admin.id);
    await mk(b.id, '2026-04-01', ws.admin.id); // overdue, never delivered
    await mk(b.id, '2026-04-15', ws.admin.id); // due today, still open: not counted yet
    await mk(b.id, '2026-05-01', ws.admin.id); // not due yet
    await ws.api.post(`/api/v1/promises/${p1.id}/resolve`, { outcome: 'delivered', on: '2026-02-09' });
    await ws.api.post(`/api/v1/promises/${p2.id}/resolve`, { outcome: 'delivered', on: '2026-03-07' });
    await ws.api.post(`/api/v1/promises/${p3.id}/resolve`, { outcome: 'broken', on: '2026-03-18' });

    const s = (await ws.api.get('/api/v1/promises/stats?from=2026-01-01&to=2026-04-30')).body;
    assert.deepEqual(
      [s.total.due, s.total.kept, s.total.late, s.total.broken, s.total.overdue, s.total.keepingRate],
      [4, 1, 1, 1, 1, 0.25],
    );
    assert.equal(s.open, 3);
    assert.deepEqual(
      s.byMonth.map((m: { month: string; due: number }) => `${m.month}:${m.due}`),
      ['2026-01:0', '2026-02:1', '2026-03:2', '2026-04:1'],
    );
    const byCsm = s.byOwner.find((o: { owner: { id: string } | null }) => o.owner?.id === csm.id);
    assert.deepEqual([byCsm.due, byCsm.kept, byCsm.keepingRate], [2, 1, 0.5]);
    const mine = (await csm.client.get('/api/v1/promises/stats?ownerId=me&from=2026-01-01')).body;
    assert.equal(mine.total.keepingRate, 0.5);
    const alpha = (await ws.api.get(`/api/v1/promises/stats?accountId=${a.id}&from=2026-01-01`)).body;
    assert.equal(alpha.total.due, 2);
    assert.equal((await ws.api.get('/api/v1/promises/stats?from=2026-05-01&to=2026-04-01')).status, 400);
  });

  test('an overdue promise raises one event, on its workspace’s day, and shows on the timeline', async () => {
    h().clock.set('2026-07-01T10:00:00Z');
    const ws = await h().workspace();
    const admin = await ws.member('admin');
    const tz = await admin.client.patch('/api/v1/workspace', { timezone: 'Pacific/Auckland' });
    assert.equal(tz.status, 200, tz.text);
    const acc = await account(ws);
    await promise(ws, { accountId: acc.id, dueOn: '2026-07-01' });
    // 13:00 UTC on 1 July is already 2 July in Auckland: the promise is a day late there.
    h().clock.set('2026-07-01T13:00:00Z');
    const jctx = {
      db: h().runtime.platform.db,
      clock: h().clock,
      log: h().runtime.platform.log,
      job: { id: 't', workspaceId: null, attempt: 1, maxAttempts: 1 },
    };
    assert.ok((await flagOverduePromises(jctx)) >= 1);
    assert.equal(await flagOverduePromises(jctx), 0, 'told once');
    await h().drain();
    const titles = (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline`)).body.data.map(
      (e: { title: string }) => e.title,
    );
    assert.ok(titles.includes('Promise overdue'), titles.join(' | '));
  });

  test('a sales hand-off makes the account a customer with its promises, in one go', async () => {
    h().clock.set('2026-02-02T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = await account(ws, 'Hooli', 'prospect');
    const r = await ws.api.post(`/api/v1/accounts/${acc.id}/handoff`, {
      summary: 'Bought 200 seats to replace spreadsheets in support.',
      ownerId: csm.id,
      promises: [
        { title: 'Zendesk integration', kind: 'integration', dueOn: '2026-03-01' },
        { title: 'Onboarding done in 30 days', kind: 'outcome', dueOn: '2026-03-04', ownerId: csm.id },
      ],
      successCriteria: ['Cut ticket handling time by 20%'],
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.movedToCustomer, true);
    assert.equal(r.body.promises.length, 2);
    assert.equal(r.body.needIds.length, 1);
    const needs = (await ws.api.get(`/api/v1/needs?accountId=${acc.id}`)).body.data;
    assert.deepEqual(
      needs.map((n: { title: string; source: string; status: string }) => [n.title, n.source, n.status]),
      [['Cut ticket handling time by 20%', 'sales_handoff', 'open']],
    );
    const after = (await ws.api.get(`/api/v1/accounts/${acc.id}`)).body;
    assert.deepEqual([after.stage, after.phase, after.owner.id], ['customer', 'onboarding', csm.id]);
    const listed = (await ws.api.get(`/api/v1/promises?accountId=${acc.id}&source=sales_handoff`)).body.data;
    assert.equal(listed.length, 2);

    // A bad promise in the hand-off leaves everything as it was.
    const other = await account(ws, 'Raviga', 'prospect');
    const bad = await ws.api.post(`/api/v1/accounts/${other.id}/handoff`, {
      summary: 'Signed',
      promises: [
        { title: 'OK', dueOn: '2026-03-01' },
        { title: 'Bad', dueOn: '2026-01-01', promisedOn: '2026-02-01' },
      ],
    });
    assert.equal(bad.status, 400, bad.text);
    assert.deepEqual(
      bad.body.error.details.issues.map((i: { path: string }) => i.path),
      ['promises.1.dueOn'],
      'the error names the promise in the list',
    );
    const untouched = (await ws.api.get(`/api/v1/accounts/${other.id}`)).body;
    assert.equal(untouched.stage, 'prospect');
    assert.equal((await ws.api.get(`/api/v1/promises?accountId=${other.id}`)).body.data.length, 0);
    await h().drain();
    const entry = (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline`)).body.data.find(
      (e: { title: string }) => e.title === 'Sales hand-off',
    );
    assert.match(entry?.body ?? '', /Zendesk integration \(due Mar 1, 2026\)/);
  });

  test('bad promises are refused and change nothing; viewers cannot write', async () => {
    const ws = await h().workspace();
    const other = await h().workspace();
    const acc = await account(ws);
    const foreign = await account(other, 'Theirs');
    const foreignContact = (
      await other.api.post('/api/v1/contacts', { accountId: foreign.id, firstName: 'X' })
    ).body;
    const viewer = await ws.member('viewer');
    for (const body of [
      { accountId: acc.id, title: 'x' },
      { accountId: acc.id, title: 'x', dueOn: '2026-13-01' },
      { accountId: acc.id, title: '', dueOn: '2026-03-01' },
      { accountId: acc.id, title: 'x', dueOn: '2026-03-01', kind: 'magic' },
      { accountId: foreign.id, title: 'x', dueOn: '2026-03-01' },
      { accountId: acc.id, title: 'x', dueOn: '2026-03-01', contactId: foreignContact.id },
      { accountId: acc.id, title: 'x', dueOn: '2026-03-01', ownerId: other.admin.id },
      { accountId: acc.id, title: 'x', dueOn: '2026-03-01', status: 'kept' },
    ]) {
      const r = await ws.api.post('/api/v1/promises', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    assert.equal(
      (await viewer.client.post('/api/v1/promises', { accountId: acc.id, title: 'x', dueOn: '2026-03-01' }))
        .status,
      403,
    );
    assert.equal((await ws.api.get('/api/v1/promises')).body.data.length, 0);
    assert.equal((await ws.api.get('/api/v1/promises?status=lost')).status, 400);
  });

  test("another workspace's promises answer 404 on every route and change nothing", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const acc = await account(theirs);
    const p = await promise(theirs, { accountId: acc.id, dueOn: '2026-12-01' });
    const id = p.id;
    assert.equal((await mine.api.get(`/api/v1/promises/${id}`)).status, 404);
    assert.equal((await mine.api.get(`/api/v1/promises/${id}/history`)).status, 404);
    assert.equal((await mine.api.patch(`/api/v1/promises/${id}`, { title: 'Mine now' })).status, 404);
    assert.equal((await mine.api.post(`/api/v1/promises/${id}/resolve`, { outcome: 'broken' })).status, 404);
    assert.equal(
      (await mine.api.post(`/api/v1/promises/${id}/renegotiate`, { dueOn: '2027-01-01', note: 'x' })).status,
      404,
    );
    assert.equal((await mine.api.post(`/api/v1/promises/${id}/reopen`, { note: 'x' })).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/promises/${id}`)).status, 404);
    assert.equal((await mine.api.post(`/api/v1/accounts/${acc.id}/handoff`, { summary: 'x' })).status, 404);
    assert.equal((await mine.api.get(`/api/v1/promises?accountId=${acc.id}`)).status, 404);
    const still = (await theirs.api.get(`/api/v1/promises/${id}`)).body;
    assert.deepEqual([still.title, still.status], ['SSO before go-live', 'open']);
    assert.equal((await theirs.api.get(`/api/v1/promises/${id}/history`)).body.data.length, 1);
  });
});
