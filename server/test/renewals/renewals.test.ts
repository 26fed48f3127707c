import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type Entry = { title: string; body: string; event: string | null };

describeEachDatabase('renewals', (h) => {
  const customer = async (ws: TestWorkspace, fields: Record<string, unknown>) => {
    const r = await ws.api.post('/api/v1/accounts', {
      name: 'Initech',
      stage: 'customer',
      arr: 120000,
      ...fields,
    });
    assert.equal(r.status, 201, r.text);
    return r.body as { id: string };
  };
  const inRenewal = async (ws: TestWorkspace, id: string) => {
    const r = await ws.api.post(`/api/v1/accounts/${id}/stage`, {
      stage: 'customer',
      phase: 'renewal',
      reason: 'Renewal talks started',
    });
    assert.equal(r.status, 200, r.text);
  };
  const get = async (ws: TestWorkspace, id: string) => (await ws.api.get(`/api/v1/accounts/${id}`)).body;

  test('an account tells where its renewal stands in the workspace day', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-12-07T12:00:00Z');
    const cases: Array<[Record<string, unknown>, { status: string; daysLeft: number | null }]> = [
      [{ renewalDate: '2027-06-30' }, { status: 'upcoming', daysLeft: 205 }],
      [{ renewalDate: '2027-03-07' }, { status: 'due', daysLeft: 90 }],
      [{ renewalDate: '2026-12-07' }, { status: 'due', daysLeft: 0 }],
      [{ renewalDate: '2026-12-06' }, { status: 'overdue', daysLeft: -1 }],
      [{ renewalDate: null }, { status: 'none', daysLeft: null }],
      [
        { stage: 'prospect', renewalDate: '2026-11-01' },
        { status: 'none', daysLeft: null },
      ],
      [
        { stage: 'advocate', renewalDate: '2026-11-01' },
        { status: 'overdue', daysLeft: -36 },
      ],
    ];
    for (const [fields, want] of cases) {
      const a = await customer(ws, fields);
      assert.deepEqual((await get(ws, a.id)).renewal, want, JSON.stringify(fields));
    }
    const list = (await ws.api.get('/api/v1/accounts?limit=50')).body.data as Array<{ renewal: unknown }>;
    assert.equal(list.length, cases.length);
    assert.ok(
      list.every((a) => a.renewal),
      'the list shows renewal status too',
    );
  });

  test('recording a renewal moves the date on by the term, changes ARR, ends the renewal phase and is on the timeline', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    h().clock.set('2026-12-07T12:00:00Z');
    const a = await customer(ws, { renewalDate: '2026-11-30', contractStart: '2025-11-30' });
    await inRenewal(ws, a.id);
    assert.equal((await get(ws, a.id)).renewal.status, 'overdue');

    const r = await csm.client.post(`/api/v1/accounts/${a.id}/renewals`, {
      renewedOn: '2026-12-04',
      arr: 150000,
      note: 'Added the analytics module',
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(
      [
        r.body.renewedOn,
        r.body.previousRenewalDate,
        r.body.nextRenewalDate,
        r.body.termMonths,
        r.body.daysLate,
      ],
      ['2026-12-04', '2026-11-30', '2027-11-30', 12, 4],
    );
    assert.deepEqual([r.body.arrBefore, r.body.arrAfter], [120000, 150000]);
    assert.equal(r.body.recordedBy.id, csm.id);

    const after = await get(ws, a.id);
    assert.deepEqual([after.renewalDate, after.arr, after.phase], ['2027-11-30', 150000, 'value']);
    assert.deepEqual(after.renewal, { status: 'upcoming', daysLeft: 358 });
    const moves = (await ws.api.get(`/api/v1/accounts/${a.id}/stage-history`)).body.data;
    assert.equal(moves[0].reason, 'Renewed until Nov 30, 2027');

    const history = (await ws.api.get(`/api/v1/accounts/${a.id}/renewals`)).body.data;
    assert.deepEqual(
      history.map((x: { id: string }) => x.id),
      [r.body.id],
    );

    await h().drain();
    const timeline = (await ws.api.get(`/api/v1/accounts/${a.id}/timeline`)).body.data as Entry[];
    const renewed = timeline.find((e) => e.event === 'account.renewed');
    assert.equal(renewed?.title, 'Renewed until Nov 30, 2027');
    assert.match(renewed?.body ?? '', /Signed on Dec 4, 2026, 4 days late/);
    assert.match(renewed?.body ?? '', /ARR 120,000 → 150,000 \(\+30,000\)/);
    assert.match(renewed?.body ?? '', /Added the analytics module/);
    assert.ok(
      !timeline.some((e) => e.event === 'account.updated'),
      'the renewal tells the date change itself, not a second "details changed" entry',
    );
    const admin = (await ws.member('admin')).client;
    const audit = (await admin.get('/api/v1/audit?limit=20')).body.data as Array<{ action: string }>;
    assert.ok(audit.some((x) => x.action === 'account.renewed'));
  });

  test('terms, explicit dates, month ends, early renewals and advocates', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-12-07T12:00:00Z');
    const jan = await customer(ws, { renewalDate: '2027-01-31' });
    const early = await ws.api.post(`/api/v1/accounts/${jan.id}/renewals`, { termMonths: 1 });
    assert.equal(early.status, 201, early.text);
    assert.deepEqual(
      [early.body.renewedOn, early.body.nextRenewalDate, early.body.daysLate],
      ['2026-12-07', '2027-02-28', -55],
    );
    assert.equal((await get(ws, jan.id)).phase, 'onboarding', 'only the renewal phase ends with a renewal');

    const given = await ws.api.post(`/api/v1/accounts/${jan.id}/renewals`, { nextRenewalDate: '2029-02-28' });
    assert.equal(given.status, 201, given.text);
    assert.equal(given.body.termMonths, null);

    const undated = await customer(ws, { renewalDate: null });
    const first = await ws.api.post(`/api/v1/accounts/${undated.id}/renewals`, { termMonths: 24 });
    assert.equal(
      first.body.nextRenewalDate,
      '2028-12-07',
      'without a date, the term counts from the signing',
    );
    assert.equal(first.body.daysLate, null);

    const adv = await customer(ws, { stage: 'advocate', renewalDate: '2026-12-31' });
    const renewed = await ws.api.post(`/api/v1/accounts/${adv.id}/renewals`, {});
    assert.equal(renewed.status, 201, renewed.text);
    const a = await get(ws, adv.id);
    assert.deepEqual([a.stage, a.phase, a.renewalDate], ['advocate', null, '2027-12-31']);

    const held = await customer(ws, { renewalDate: '2026-12-20' });
    await inRenewal(ws, held.id);
    await ws.api.post(`/api/v1/accounts/${held.id}/renewals`, { phase: 'adoption' });
    assert.equal(
      (await get(ws, held.id)).phase,
      'adoption',
      'the renewal may send the account to another phase',
    );
  });

  test('bad renewals are refused and change nothing; viewers cannot record one', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-12-07T12:00:00Z');
    const a = await customer(ws, { renewalDate: '2026-12-31' });
    const before = await get(ws, a.id);
    const bad: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ renewedOn: '2026-12-08' }, 400, /renewedOn/],
      [{ nextRenewalDate: '2026-12-31' }, 400, /current renewal date/],
      [{ renewedOn: '2026-12-01', nextRenewalDate: '2026-11-30' }, 400, /nextRenewalDate/],
      [{ termMonths: 0 }, 400, /termMonths/],
      [{ arr: -5 }, 400, /arr/],
      [{ phase: 'churned' }, 400, /phase/],
      [{ workspaceId: 'x' }, 400, /workspaceId/],
    ];
    for (const [body, status, message] of bad) {
      const r = await ws.api.post(`/api/v1/accounts/${a.id}/renewals`, body);
      assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
      assert.match(r.body.error.message, message);
    }
    const prospect = await customer(ws, { stage: 'prospect', renewalDate: '2026-12-31' });
    const refused = await ws.api.post(`/api/v1/accounts/${prospect.id}/renewals`, {});
    assert.equal(refused.status, 422, refused.text);
    assert.match(refused.body.error.message, /Only customers and advocates renew/);

    const viewer = await ws.member('viewer');
    assert.equal((await viewer.client.post(`/api/v1/accounts/${a.id}/renewals`, {})).status, 403);
    assert.equal((await viewer.client.get(`/api/v1/accounts/${a.id}/renewals`)).status, 200);

    assert.deepEqual(await get(ws, a.id), before);
    assert.equal((await ws.api.get(`/api/v1/accounts/${a.id}/renewals`)).body.data.length, 0);
  });

  test('a renewal recorded twice from the same date is refused; late history keeps the account overdue', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-12-07T12:00:00Z');
    const a = await customer(ws, { renewalDate: '2026-11-30' });
    const body = { renewedOn: '2026-12-01', expectedRenewalDate: '2026-11-30' };
    assert.equal((await ws.api.post(`/api/v1/accounts/${a.id}/renewals`, body)).status, 201);
    const again = await ws.api.post(`/api/v1/accounts/${a.id}/renewals`, body);
    assert.equal(again.status, 409, again.text);
    assert.match(again.body.error.message, /The renewal date is now Nov 30, 2027/);
    assert.equal((await get(ws, a.id)).renewalDate, '2027-11-30');
    assert.equal((await ws.api.get(`/api/v1/accounts/${a.id}/renewals`)).body.data.length, 1);

    // Two years overdue, recorded one year at a time: the first leaves it overdue, in renewal.
    const stale = await customer(ws, { renewalDate: '2024-12-01' });
    await inRenewal(ws, stale.id);
    const first = await ws.api.post(`/api/v1/accounts/${stale.id}/renewals`, { renewedOn: '2024-11-25' });
    assert.equal(first.status, 201, first.text);
    let now = await get(ws, stale.id);
    assert.deepEqual([now.renewalDate, now.renewal.status, now.phase], ['2025-12-01', 'overdue', 'renewal']);
    await ws.api.post(`/api/v1/accounts/${stale.id}/renewals`, { renewedOn: '2025-11-28' });
    now = await get(ws, stale.id);
    assert.deepEqual([now.renewalDate, now.renewal.status, now.phase], ['2026-12-01', 'overdue', 'renewal']);
    await ws.api.post(`/api/v1/accounts/${stale.id}/renewals`, { renewedOn: '2026-12-02' });
    now = await get(ws, stale.id);
    assert.deepEqual([now.renewalDate, now.renewal.status, now.phase], ['2027-12-01', 'upcoming', 'value']);
  });

  test("another workspace's account ids answer 404 and change nothing", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const a = await customer(theirs, { renewalDate: '2026-12-31' });
    await theirs.api.post(`/api/v1/accounts/${a.id}/renewals`, { renewedOn: '2026-12-01' });
    assert.equal((await mine.api.get(`/api/v1/accounts/${a.id}/renewals`)).status, 404);
    const post = await mine.api.post(`/api/v1/accounts/${a.id}/renewals`, {});
    assert.equal(post.status, 404, post.text);
    assert.equal((await get(theirs, a.id)).renewalDate, '2027-12-31');
    assert.equal((await theirs.api.get(`/api/v1/accounts/${a.id}/renewals`)).body.data.length, 1);
  });
});
