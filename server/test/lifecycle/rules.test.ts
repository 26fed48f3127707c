import assert from 'node:assert/strict';
import { test } from 'node:test';
import { updateWorkspace } from '../../src/modules/workspaces/index.ts';
import { scheduleDue } from '../../src/platform/jobs/scheduler.ts';
import { client } from '../harness/http.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type Move = { accountId: string; name: string; from: { phase: string }; to: { phase: string }; why: string };
type Change = {
  toPhase: string | null;
  reason: string;
  by: { type: string; id: string | null; name: string | null };
};

const ONBOARDING_60 = {
  condition: { type: 'days_in_phase', phase: 'onboarding', days: 60 },
  move: { phase: 'adoption' },
};
const RENEWAL_90 = { condition: { type: 'days_before_renewal', days: 90 }, move: { phase: 'renewal' } };

describeEachDatabase('lifecycle rules', (h) => {
  const account = async (ws: TestWorkspace, name: string, fields: Record<string, unknown> = {}) => {
    const r = await ws.api.post('/api/v1/accounts', { name, stage: 'customer', ...fields });
    assert.equal(r.status, 201, r.text);
    return r.body.id as string;
  };
  const phaseOf = async (ws: TestWorkspace, id: string) =>
    (await ws.api.get(`/api/v1/accounts/${id}`)).body.phase;
  const history = async (ws: TestWorkspace, id: string) =>
    (await ws.api.get(`/api/v1/accounts/${id}/stage-history`)).body.data as Change[];
  const names = (moves: Move[]) => moves.map((m) => m.name);

  test('a rule previews the accounts it would move, changes nothing, then moves them with its name as the reason', async () => {
    const ws = await h().workspace();
    const clock = h().clock;
    clock.set('2026-06-01T09:00:00Z');
    const due = await account(ws, 'Due Co');
    clock.set('2026-06-15T09:00:00Z');
    const fresh = await account(ws, 'Fresh Co');
    await ws.api.post('/api/v1/accounts', { name: 'Lead Co', stage: 'prospect' });
    clock.set('2026-07-31T10:00:00Z');
    const m = (await ws.member('manager')).client;

    const created = await m.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60 });
    assert.equal(created.status, 201, created.text);
    const rule = created.body;
    assert.equal(rule.name, 'Onboarding ends after 60 days', 'named after its plain words');
    assert.equal(rule.summary, 'Onboarding ends after 60 days');
    assert.equal(rule.enabled, true);
    assert.deepEqual(rule.definition, ONBOARDING_60);
    assert.deepEqual(
      (await ws.api.get('/api/v1/lifecycle-rules')).body.data.map((r: { id: string }) => r.id),
      [rule.id],
    );

    const preview = await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}/preview`);
    assert.equal(preview.status, 200, preview.text);
    assert.equal(preview.body.today, '2026-07-31');
    assert.equal(preview.body.total, 1);
    assert.deepEqual(preview.body.moves, [
      {
        accountId: due,
        name: 'Due Co',
        from: { stage: 'customer', phase: 'onboarding' },
        to: { stage: 'customer', phase: 'adoption' },
        why: 'in Onboarding for 60 days, since Jun 1, 2026',
      },
    ]);
    assert.equal(await phaseOf(ws, due), 'onboarding', 'a preview moves nothing');
    assert.equal((await history(ws, due)).length, 1);

    const applied = await m.post(`/api/v1/lifecycle-rules/${rule.id}/apply`);
    assert.equal(applied.status, 200, applied.text);
    assert.equal(applied.body.moved, 1);
    assert.deepEqual(names(applied.body.moves), ['Due Co']);
    assert.equal(await phaseOf(ws, due), 'adoption');
    assert.equal(await phaseOf(ws, fresh), 'onboarding', '46 days is not 60');
    const last = (await history(ws, due))[0];
    assert.equal(last?.toPhase, 'adoption');
    assert.equal(last?.reason, 'Rule: Onboarding ends after 60 days');
    assert.deepEqual(last?.by, { type: 'rule', id: rule.id, name: 'Onboarding ends after 60 days' });

    const again = await m.post('/api/v1/lifecycle-rules/apply');
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.moved, 0, 'an account already moved is not moved again');
    assert.equal((await history(ws, due)).length, 2);

    await h().drain();
    const timeline = (await ws.api.get(`/api/v1/accounts/${due}/timeline`)).body.data as Array<{
      title: string;
      body: string;
    }>;
    const entry = timeline.find((e) => e.title === 'Phase: Onboarding → Adoption');
    assert.match(entry?.body ?? '', /Why: Rule: Onboarding ends after 60 days/);
    const audit = (await ws.member('admin')).client;
    const rows = (await audit.get('/api/v1/audit?limit=50')).body.data as Array<{
      action: string;
      data: Record<string, unknown>;
    }>;
    const moveRow = rows.find((r) => r.action === 'account.stage_changed');
    assert.equal(moveRow?.data.ruleId, rule.id);
    assert.equal(moveRow?.data.why, 'in Onboarding for 60 days, since Jun 1, 2026');
    assert.ok(rows.some((r) => r.action === 'lifecycle_rule.created'));
  });

  test('the renewal rule moves customers in any other phase once per renewal, overdue ones too, and a renewal moves them on', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-09-01T12:00:00Z');
    const soon = await account(ws, 'Soon Co', { renewalDate: '2026-11-30' });
    const later = await account(ws, 'Later Co', { renewalDate: '2026-12-01' });
    const past = await account(ws, 'Past Co', { renewalDate: '2026-08-31' });
    const trough = await account(ws, 'Trough Co', { renewalDate: '2026-10-01' });
    await ws.api.post(`/api/v1/accounts/${trough}/stage`, {
      stage: 'customer',
      phase: 'trough',
      reason: 'An outage',
    });
    await account(ws, 'Advocate Co', { stage: 'advocate', renewalDate: '2026-10-01' });

    const draft = await ws.api.post('/api/v1/lifecycle-rules/preview', { definition: RENEWAL_90 });
    assert.equal(draft.status, 200, draft.text);
    assert.equal(draft.body.rule.id, null);
    assert.equal(draft.body.rule.name, 'Renewal starts 90 days before the renewal date');
    assert.deepEqual((draft.body.moves as Move[]).map((m) => [m.name, m.from.phase, m.why]).sort(), [
      ['Past Co', 'onboarding', 'renewal on Aug 31, 2026, 1 day overdue'],
      ['Soon Co', 'onboarding', 'renewal on Nov 30, 2026, 90 days away'],
      ['Trough Co', 'trough', 'renewal on Oct 1, 2026, 30 days away'],
    ]);
    assert.equal((await ws.api.get('/api/v1/lifecycle-rules')).body.data.length, 0, 'a draft is not saved');

    const m = (await ws.member('manager')).client;
    const rule = (await m.post('/api/v1/lifecycle-rules', { name: 'Renewal season', definition: RENEWAL_90 }))
      .body;
    assert.equal(rule.name, 'Renewal season');
    const run = (await m.post('/api/v1/lifecycle-rules/apply')).body;
    assert.deepEqual(names(run.moves).sort(), ['Past Co', 'Soon Co', 'Trough Co']);
    assert.equal((await history(ws, soon))[0]?.reason, 'Rule: Renewal season');
    assert.equal(await phaseOf(ws, later), 'onboarding');
    assert.equal(await phaseOf(ws, past), 'renewal');
    const overdue = (await ws.api.get(`/api/v1/accounts/${past}`)).body;
    assert.deepEqual(overdue.renewal, { status: 'overdue', daysLeft: -1 });

    // The renewal is signed early: recording it moves the date on a year and the account to value.
    const signed = await ws.api.post(`/api/v1/accounts/${soon}/renewals`, { renewedOn: '2026-09-01' });
    assert.equal(signed.status, 201, signed.text);
    assert.equal(signed.body.nextRenewalDate, '2027-11-30');
    assert.equal(await phaseOf(ws, soon), 'value');
    h().clock.set('2026-09-02T12:00:00Z');
    const next = (await m.post('/api/v1/lifecycle-rules/apply')).body;
    assert.deepEqual(names(next.moves), ['Later Co'], 'the day turned: Later Co is now 90 days away');
    assert.equal(await phaseOf(ws, soon), 'value');
    assert.equal(await phaseOf(ws, past), 'renewal', 'still overdue, still in renewal');
  });

  test("days count in the workspace's time zone", async () => {
    const ws = await h().workspace();
    await updateWorkspace({ ctx: ws.ctx, input: { timezone: 'Pacific/Auckland' } });
    h().clock.set('2026-03-31T23:30:00Z'); // already 1 April in Auckland
    await account(ws, 'Kiwi Co');
    const m = (await ws.member('manager')).client;
    const rule = (await m.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60, enabled: false }))
      .body;
    h().clock.set('2026-05-30T11:30:00Z'); // 30 May in UTC, 59 days; 31 May in Auckland, 60 days
    const preview = (await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}/preview`)).body;
    assert.equal(preview.timeZone, 'Pacific/Auckland');
    assert.equal(preview.today, '2026-05-30');
    assert.equal(preview.total, 0);
    h().clock.set('2026-05-30T12:00:00Z');
    const turned = (await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}/preview`)).body;
    assert.equal(turned.today, '2026-05-31');
    assert.deepEqual(
      turned.moves.map((m: Move) => m.why),
      ['in Onboarding for 60 days, since Apr 1, 2026'],
    );
  });

  test('editing, switching off and deleting a rule; a disabled rule is not applied', async () => {
    const ws = await h().workspace();
    h().clock.set('2026-01-01T09:00:00Z');
    const id = await account(ws, 'Slow Co');
    h().clock.set('2026-04-01T09:00:00Z');
    const m = (await ws.member('admin')).client;
    const rule = (await m.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60, enabled: false }))
      .body;
    assert.equal(rule.enabled, false);
    const refused = await m.post(`/api/v1/lifecycle-rules/${rule.id}/apply`);
    assert.equal(refused.status, 422);
    assert.match(refused.body.error.message, /switched off/);
    assert.equal((await m.post('/api/v1/lifecycle-rules/apply')).body.moved, 0);
    assert.equal(await phaseOf(ws, id), 'onboarding');
    assert.equal(
      (await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}/preview`)).body.total,
      1,
      'a preview still works',
    );

    const edited = await m.patch(`/api/v1/lifecycle-rules/${rule.id}`, {
      definition: { ...ONBOARDING_60, condition: { ...ONBOARDING_60.condition, days: 100 } },
    });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.name, 'Onboarding ends after 100 days', 'an unnamed rule follows its wording');
    const renamed = await m.patch(`/api/v1/lifecycle-rules/${rule.id}`, {
      name: 'Trial zone over',
      enabled: true,
    });
    assert.deepEqual([renamed.body.name, renamed.body.enabled], ['Trial zone over', true]);
    const kept = await m.patch(`/api/v1/lifecycle-rules/${rule.id}`, { definition: ONBOARDING_60 });
    assert.equal(kept.body.name, 'Trial zone over', 'a name someone chose stays');
    assert.equal((await m.post(`/api/v1/lifecycle-rules/${rule.id}/apply`)).body.moved, 1);

    assert.equal((await m.delete(`/api/v1/lifecycle-rules/${rule.id}`)).status, 204);
    assert.equal((await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}`)).status, 404);
    const last = (await history(ws, id))[0];
    assert.equal(last?.reason, 'Rule: Trial zone over', 'the history outlives the rule');
    assert.deepEqual([last?.by.type, last?.by.name], ['rule', null]);
  });

  test('bad definitions answer 400 and save nothing', async () => {
    const ws = await h().workspace();
    const m = (await ws.member('manager')).client;
    const bad: Record<string, unknown>[] = [
      {},
      { definition: { condition: { type: 'plan_done', phase: 'onboarding' }, move: { phase: 'adoption' } } },
      { definition: { ...ONBOARDING_60, move: { phase: 'onboarding' } } },
      {
        definition: { ...ONBOARDING_60, condition: { type: 'days_in_phase', phase: 'onboarding', days: 0 } },
      },
      { definition: { ...ONBOARDING_60, condition: { type: 'days_in_phase', phase: 'limbo', days: 10 } } },
      { definition: { ...RENEWAL_90, condition: { type: 'days_before_renewal', days: '90' } } },
      { definition: { ...RENEWAL_90, move: { stage: 'churned' } } },
      { definition: RENEWAL_90, workspaceId: '00000000-0000-7000-8000-000000000000' },
      { definition: RENEWAL_90, name: '   ' },
    ];
    for (const body of bad) {
      const r = await m.post('/api/v1/lifecycle-rules', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
      assert.equal(r.body.error.code, 'VALIDATION');
      const p = await ws.api.post('/api/v1/lifecycle-rules/preview', body);
      assert.equal(p.status, 400, `preview ${JSON.stringify(body)}`);
    }
    const sameWay = await m.post('/api/v1/lifecycle-rules', {
      definition: { ...ONBOARDING_60, move: { phase: 'onboarding' } },
    });
    assert.match(sameWay.body.error.message, /another phase/);
    assert.equal((await ws.api.get('/api/v1/lifecycle-rules')).body.data.length, 0);

    const rule = (await m.post('/api/v1/lifecycle-rules', { definition: RENEWAL_90 })).body;
    for (const body of [
      { definition: { condition: { type: 'days_before_renewal' } } },
      { enabled: 'yes' },
      { nope: 1 },
    ]) {
      assert.equal(
        (await m.patch(`/api/v1/lifecycle-rules/${rule.id}`, body)).status,
        400,
        JSON.stringify(body),
      );
    }
    assert.deepEqual((await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}`)).body, rule);
    assert.equal((await ws.api.get('/api/v1/lifecycle-rules/not-an-id')).status, 400);
  });

  test('CSMs and viewers read and preview rules; only managers and admins manage them', async () => {
    const ws = await h().workspace();
    h().clock.reset();
    const manager = await ws.member('manager');
    const rule = (await manager.client.post('/api/v1/lifecycle-rules', { definition: RENEWAL_90 })).body;
    assert.equal(
      (await ws.api.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60 })).status,
      403,
      'API keys work on data, not on settings',
    );
    for (const role of ['csm', 'viewer'] as const) {
      const { client: c } = await ws.member(role);
      assert.equal((await c.get('/api/v1/lifecycle-rules')).status, 200);
      assert.equal((await c.get(`/api/v1/lifecycle-rules/${rule.id}/preview`)).status, 200);
      assert.equal(
        (await c.post('/api/v1/lifecycle-rules/preview', { definition: ONBOARDING_60 })).status,
        200,
      );
      assert.equal(
        (await c.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60 })).status,
        403,
        role,
      );
      assert.equal((await c.patch(`/api/v1/lifecycle-rules/${rule.id}`, { enabled: false })).status, 403);
      assert.equal((await c.delete(`/api/v1/lifecycle-rules/${rule.id}`)).status, 403);
      assert.equal((await c.post(`/api/v1/lifecycle-rules/${rule.id}/apply`)).status, 403);
      assert.equal((await c.post('/api/v1/lifecycle-rules/apply')).status, 403);
    }
    assert.deepEqual((await ws.api.get(`/api/v1/lifecycle-rules/${rule.id}`)).body, rule, 'nothing changed');
    const off = await manager.client.patch(`/api/v1/lifecycle-rules/${rule.id}`, { enabled: false });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.body.enabled, false);
  });

  test("another workspace's rules answer 404 on every route and do not change", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    h().clock.set('2026-01-01T09:00:00Z');
    const acc = await account(theirs, 'Theirs Co');
    h().clock.set('2026-04-01T09:00:00Z');
    const tm = (await theirs.member('manager')).client;
    const mm = (await mine.member('admin')).client;
    const rule = (await tm.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60 })).body;
    const base = `/api/v1/lifecycle-rules/${rule.id}`;
    for (const r of [
      await mm.get(base),
      await mm.patch(base, { enabled: false, name: 'Hijacked' }),
      await mm.delete(base),
      await mm.get(`${base}/preview`),
      await mm.post(`${base}/apply`),
    ]) {
      assert.equal(r.status, 404, r.text);
      assert.equal(r.body.error.code, 'NOT_FOUND');
    }
    assert.equal((await mm.post('/api/v1/lifecycle-rules/apply')).body.moved, 0);
    assert.equal((await mine.api.get('/api/v1/lifecycle-rules')).body.data.length, 0);
    const draft = (await mine.api.post('/api/v1/lifecycle-rules/preview', { definition: ONBOARDING_60 }))
      .body;
    assert.equal(draft.total, 0, "a preview sees only the caller's accounts");
    assert.deepEqual((await theirs.api.get(base)).body, rule);
    assert.equal(await phaseOf(theirs, acc), 'onboarding');
  });

  // Last: it moves the clock far ahead, which expires the sessions of earlier tests.
  test('the hourly sweep applies enabled rules in every workspace, and disabled rules do nothing', async () => {
    const on = await h().workspace();
    const off = await h().workspace();
    h().clock.set('2031-01-01T09:00:00Z');
    const a = await account(on, 'On Co');
    const b = await account(off, 'Off Co');
    await (await on.member('manager')).client.post('/api/v1/lifecycle-rules', { definition: ONBOARDING_60 });
    await (await off.member('manager')).client.post('/api/v1/lifecycle-rules', {
      definition: ONBOARDING_60,
      enabled: false,
    });
    h().clock.set('2031-03-15T09:00:00Z');
    const { platform } = h().runtime;
    const started = await scheduleDue({
      db: platform.db,
      clock: h().clock,
      log: platform.log,
      registry: platform.jobs,
    });
    assert.ok(started.includes('lifecycle-rules'), started.join(', '));
    await h().drain();
    assert.equal(await phaseOf(on, a), 'adoption');
    assert.equal((await history(on, a))[0]?.by.type, 'rule');
    assert.equal(await phaseOf(off, b), 'onboarding');
    assert.equal((await history(off, b)).length, 1);
  });
});

describeEachDatabase('lifecycle rules of a new workspace', (h) => {
  test('first-run setup starts the workspace with the two default rules, switched off', async () => {
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { origin: 'http://trustcircle.test' },
      payload: {
        workspaceName: 'Acme',
        name: 'Ada Admin',
        email: 'ada@acme.test',
        password: 'correct horse battery',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const cookie = res.cookies.find((c) => c.name === 'tc_session');
    const ada = client(h().app, { cookie: `tc_session=${cookie?.value}` });
    const rules = (await ada.get('/api/v1/lifecycle-rules')).body.data as Array<{
      name: string;
      enabled: boolean;
    }>;
    assert.deepEqual(
      rules.map((r) => [r.name, r.enabled]),
      [
        ['Onboarding ends after 60 days', false],
        ['Renewal starts 90 days before the renewal date', false],
      ],
    );
  });
});
