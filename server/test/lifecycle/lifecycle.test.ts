import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

type Change = {
  fromStage: string | null;
  toStage: string;
  toPhase: string | null;
  reason: string;
  by: { type: string; id: string | null; name: string | null };
};

describeEachDatabase('the Trust Circle lifecycle', (h) => {
  const history = async (ws: Awaited<ReturnType<ReturnType<typeof h>['workspace']>>, id: string) =>
    (await ws.api.get(`/api/v1/accounts/${id}/stage-history`)).body.data as Change[];

  test('a move with its reason lands on the account, its history and its timeline', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Initech', stage: 'prospect' })).body;
    assert.equal(acc.phase, null);
    const won = await csm.client.post(`/api/v1/accounts/${acc.id}/stage`, {
      stage: 'customer',
      reason: 'Signed the annual contract',
    });
    assert.equal(won.status, 200, won.text);
    assert.deepEqual(
      [won.body.fromStage, won.body.toStage, won.body.toPhase],
      ['prospect', 'customer', 'onboarding'],
    );
    assert.deepEqual([won.body.by.type, won.body.by.id], ['user', csm.id]);

    const adopted = await csm.client.post(`/api/v1/accounts/${acc.id}/stage`, {
      stage: 'customer',
      phase: 'adoption',
      reason: 'Onboarding plan done',
    });
    assert.equal(adopted.status, 200, adopted.text);
    const account = (await ws.api.get(`/api/v1/accounts/${acc.id}`)).body;
    assert.deepEqual([account.stage, account.phase], ['customer', 'adoption']);
    assert.ok(account.phaseSince >= account.stageSince);

    const moves = await history(ws, acc.id);
    assert.deepEqual(
      moves.map((m) => `${m.fromStage}>${m.toStage}:${m.toPhase}`),
      ['customer>customer:adoption', 'prospect>customer:onboarding', 'null>prospect:null'],
    );
    await h().drain();
    const timeline = (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline`)).body.data as Array<{
      title: string;
      body: string;
    }>;
    const titles = timeline.map((e) => e.title);
    assert.ok(titles.includes('Stage: Prospect → Customer'), titles.join(' | '));
    assert.ok(titles.includes('Phase: Onboarding → Adoption'), titles.join(' | '));
    assert.match(
      timeline.find((e) => e.title === 'Phase: Onboarding → Adoption')?.body ?? '',
      /Why: Onboarding plan done/,
    );
  });

  test('a stage changed with the account details is on the history too', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Hooli', stage: 'customer' })).body;
    assert.equal(acc.phase, 'onboarding', 'a new customer starts in the trial zone');
    const r = await ws.api.patch(`/api/v1/accounts/${acc.id}`, { stage: 'advocate' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.stage, r.body.phase], ['advocate', null]);
    const last = (await history(ws, acc.id))[0];
    assert.equal(last?.reason, 'Changed with the account details');
    assert.equal(last?.by.type, 'apiKey');
    assert.ok(last?.by.name, 'the API key is named');
  });

  test('the accounts list filters by phase', async () => {
    const ws = await h().workspace();
    const a = (await ws.api.post('/api/v1/accounts', { name: 'Trough Co', stage: 'customer' })).body;
    await ws.api.post('/api/v1/accounts', { name: 'Fresh Co', stage: 'customer' });
    await ws.api.post('/api/v1/accounts', { name: 'Lead Co', stage: 'prospect' });
    await ws.api.post(`/api/v1/accounts/${a.id}/stage`, {
      stage: 'customer',
      phase: 'trough',
      reason: 'First outage hit them',
    });
    const names = async (q: string) =>
      ((await ws.api.get(`/api/v1/accounts?${q}`)).body.data as Array<{ name: string }>).map((x) => x.name);
    assert.deepEqual(await names('phase=trough'), ['Trough Co']);
    assert.deepEqual(await names('phase=onboarding,trough&sort=name'), ['Fresh Co', 'Trough Co']);
    assert.equal((await ws.api.get('/api/v1/accounts?phase=sad')).status, 400);
  });

  test('bad moves get a clear 4xx and change nothing', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Vandelay', stage: 'prospect' })).body;
    const post = (body: Record<string, unknown>) => ws.api.post(`/api/v1/accounts/${acc.id}/stage`, body);
    assert.equal((await post({ stage: 'customer' })).status, 400, 'a reason is required');
    assert.equal((await post({ stage: 'customer', reason: '  ' })).status, 400);
    assert.equal((await post({ stage: 'lead', reason: 'typo' })).status, 400);
    const phased = await post({ stage: 'prospect', phase: 'trough', reason: 'wrong' });
    assert.equal(phased.status, 400);
    assert.match(phased.body.error.message, /only customers have a phase/);
    const same = await post({ stage: 'prospect', reason: 'again' });
    assert.equal(same.status, 409);
    assert.equal(
      (await post({ stage: 'customer', reason: 'x', tenant: 'other' })).status,
      400,
      'unknown fields',
    );
    const viewer = await ws.member('viewer');
    assert.equal(
      (
        await viewer.client.post(`/api/v1/accounts/${acc.id}/stage`, {
          stage: 'customer',
          reason: 'not allowed',
        })
      ).status,
      403,
    );
    assert.equal((await history(ws, acc.id)).length, 1);
    assert.equal((await ws.api.get(`/api/v1/accounts/${acc.id}`)).body.stage, 'prospect');
  });

  test("another workspace's accounts answer 404 and do not move", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const id = (await theirs.api.post('/api/v1/accounts', { name: 'Theirs', stage: 'prospect' })).body.id;
    const r = await mine.api.post(`/api/v1/accounts/${id}/stage`, { stage: 'customer', reason: 'not mine' });
    assert.equal(r.status, 404);
    assert.equal((await mine.api.get(`/api/v1/accounts/${id}/stage-history`)).status, 404);
    assert.equal((await theirs.api.get(`/api/v1/accounts/${id}`)).body.stage, 'prospect');
    assert.equal((await history(theirs, id)).length, 1);
    const funnel = (await mine.api.get('/api/v1/reports/funnel')).body;
    assert.equal(
      funnel.stages.reduce((n: number, s: { count: number }) => n + s.count, 0),
      0,
    );
  });

  test('the funnel counts where accounts are, how long they stay and who moved on in the period', async () => {
    const ws = await h().workspace();
    const clock = h().clock;
    clock.set('2026-06-01T09:00:00Z');
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D']) {
      ids.push((await ws.api.post('/api/v1/accounts', { name, stage: 'prospect' })).body.id);
    }
    const move = (id: string | undefined, stage: string, phase?: string) =>
      ws.api.post(`/api/v1/accounts/${id}/stage`, { stage, ...(phase ? { phase } : {}), reason: 'test' });
    clock.set('2026-06-11T09:00:00Z');
    await move(ids[0], 'customer');
    await move(ids[1], 'customer');
    clock.set('2026-06-21T09:00:00Z');
    await move(ids[0], 'customer', 'adoption');
    await move(ids[1], 'churned');
    clock.set('2026-07-01T09:00:00Z');
    const r = await ws.api.get('/api/v1/reports/funnel?from=2026-06-01&to=2026-06-30');
    assert.equal(r.status, 200, r.text);
    const stage = (s: string) => r.body.stages.find((x: { stage: string }) => x.stage === s);
    assert.equal(stage('prospect').count, 2);
    assert.equal(stage('prospect').averageDays, 10, 'A and B were prospects for ten days');
    assert.equal(stage('customer').count, 1);
    assert.equal(stage('churned').count, 1);
    const conv = (from: string, to: string) =>
      r.body.conversions.find((c: { from: string; to: string }) => c.from === from && c.to === to);
    assert.deepEqual([conv('prospect', 'customer').cohort, conv('prospect', 'customer').converted], [4, 2]);
    assert.equal(conv('prospect', 'customer').rate, 0.5);
    assert.deepEqual([conv('customer', 'churned').cohort, conv('customer', 'churned').converted], [2, 1]);
    const phase = (p: string) => r.body.phases.find((x: { phase: string }) => x.phase === p);
    assert.equal(phase('onboarding').averageDays, 10);
    assert.equal(phase('adoption').count, 1);

    const before = await ws.api.get('/api/v1/reports/funnel?from=2026-05-01&to=2026-05-31');
    assert.equal(
      before.body.stages.reduce((n: number, s: { count: number }) => n + s.count, 0),
      0,
      'nothing yet in May',
    );
    assert.equal((await ws.api.get('/api/v1/reports/funnel?from=2026-07-01&to=2026-06-01')).status, 400);
    assert.equal((await ws.api.get('/api/v1/reports/funnel?from=yesterday')).status, 400);
    assert.equal((await ws.api.get('/api/v1/reports/funnel?from=2030-01-01&to=2030-02-01')).status, 400);
  });
});
