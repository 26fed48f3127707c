import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STAGES } from '@trustcircle/contracts';
import { listAudit } from '../../src/modules/audit/index.ts';
import { createCalendarFeed } from '../../src/modules/calendar/index.ts';
import { listRapportFacts } from '../../src/modules/contacts/index.ts';
import { loadDemoData } from '../../src/modules/demo/index.ts';
import { listMembers } from '../../src/modules/users/index.ts';
import { DomainError } from '../../src/platform/errors.ts';
import { drain } from '../../src/platform/jobs/worker.ts';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('demo data', (h) => {
  test('a full demo workspace through the verbs: every stage, every page has data', async () => {
    const ws = await h().workspace({ name: 'Northwind Demo' });
    const started = Date.now();
    const loaded = await loadDemoData({ ctx: ws.ctx });
    const loadMs = Date.now() - started;
    const { platform } = h().runtime;
    // Thousands of timeline jobs: more than the harness's drain does in one call.
    await drain(
      {
        db: platform.db,
        kind: platform.dbKind,
        clock: h().clock,
        log: platform.log,
        registry: platform.jobs,
      },
      10_000,
    );
    console.log(
      `demo data on ${h().kind}: load ${loadMs} ms, jobs ${Date.now() - started - loadMs} ms`,
      loaded,
    );
    assert.equal(loaded.accounts, 300);
    assert.ok(loaded.contacts >= 600 && loaded.contacts <= 1800, String(loaded.contacts));
    assert.ok(loaded.rapportFacts > 200 && loaded.timelineEntries > 1000, JSON.stringify(loaded));

    const api = ws.api;
    assert.equal((await api.get('/api/v1/accounts?count=true&limit=1')).body.total, 300);
    for (const stage of STAGES) {
      const page = await api.get(`/api/v1/accounts?stage=${stage}&count=true&limit=1`);
      assert.ok(page.body.total > 0, `no ${stage} account`);
    }
    assert.equal((await api.get('/api/v1/contacts?limit=200')).body.data.length, 200);
    const unowned = (await api.get('/api/v1/accounts?ownerId=none&count=true&limit=1')).body.total;
    assert.ok(unowned > 0 && unowned < 40, `${unowned} without owner`);
    const atRisk = await api.get('/api/v1/accounts?tag=at-risk&count=true&limit=1');
    assert.ok(atRisk.body.total > 0);
    // Usage through the ingestion pipeline: busy accounts, fading ones, features, help used.
    assert.ok(loaded.usageEvents > 5_000, String(loaded.usageEvents));
    const busiest = (await api.get('/api/v1/accounts?sort=-events30d&limit=1')).body.data[0];
    assert.ok(busiest.usage.events30d > 0 && busiest.usage.activeUsers30d > 0);
    assert.equal(
      (
        await api.get(
          '/api/v1/accounts?sort=-events30d&limit=200&stage=customer,advocate&inactiveDays=3&count=true',
        )
      ).body.total > 0,
      true,
      'some customers went quiet (the trough)',
    );
    const usage = (await api.get(`/api/v1/accounts/${busiest.id}/usage`)).body;
    assert.ok(usage.features.some((f: { adopted: boolean }) => f.adopted));
    assert.ok(usage.topUsers[0].contactId, 'product users are linked to the demo contacts');
    assert.equal(
      (await api.get('/api/v1/accounts?count=true&limit=1')).body.total,
      300,
      'events made no new accounts',
    );
    const resources = (await api.get('/api/v1/resources')).body.data;
    assert.ok(
      resources.some(
        (r: { stats: { uses: number; ratings: number } }) => r.stats.uses > 0 && r.stats.ratings > 0,
      ),
    );
    assert.ok(resources.some((r: { stats: { attended: number } }) => r.stats.attended > 0));

    // The ledger: promises from hand-offs and meetings, kept, late, broken and still owed; and
    // the admin trying the demo has a book of their own, so "My work" has something in it.
    assert.ok(loaded.promises > 150 && loaded.tasks > 100, JSON.stringify(loaded));
    const kept = (await api.get('/api/v1/promises/stats')).body.total;
    assert.ok(kept.kept > 0 && kept.late > 0 && kept.broken > 0 && kept.overdue > 0, JSON.stringify(kept));
    assert.ok(kept.keepingRate > 0.4 && kept.keepingRate < 0.9, JSON.stringify(kept));
    const adminWork = (await api.get(`/api/v1/my-work?ownerId=${ws.admin.id}`)).body;
    assert.ok(adminWork.tasks.length + adminWork.promises.length > 0, JSON.stringify(adminWork.counts));
    // Mutual action plans, written through the plans verbs: both sides on time and late, a few
    // customer tasks overdue (plans at risk, one or two stalled), comments from both sides;
    // the admin runs some, so their "My work" and calendar show plan items.
    assert.ok(loaded.plans >= 30, JSON.stringify(loaded));
    const active = (await api.get('/api/v1/plans?status=active&limit=200')).body.data as Array<{
      id: string;
      kind: string;
    }>;
    // Besides the demo's own, the onboarding template started one for each onboarding customer
    // nobody owns (the demo gives plans only to accounts someone looks after).
    const byTemplate = active.length - loaded.plans;
    assert.ok(byTemplate >= 0 && byTemplate <= 3, `${byTemplate} plans started by the template`);
    const health: Record<string, number> = {};
    const late = { vendor: 0, customer: 0 };
    const blocked: Array<{ planId: string; taskId: string }> = [];
    for (const summary of active) {
      const plan = (await api.get(`/api/v1/plans/${summary.id}`)).body;
      health[plan.health] = (health[plan.health] ?? 0) + 1;
      for (const t of plan.tasks) {
        if (t.status === 'done' && t.doneOn > t.dueOn) late[t.ownerSide as 'vendor' | 'customer']++;
        if (t.status === 'blocked') blocked.push({ planId: plan.id, taskId: t.id });
      }
    }
    assert.ok((health.at_risk ?? 0) >= 2 && (health.stalled ?? 0) >= 1, JSON.stringify(health));
    assert.ok((health.on_track ?? 0) > loaded.plans / 2, JSON.stringify(health));
    assert.ok(late.vendor > 0 && late.customer > 0, JSON.stringify(late));
    const said = [];
    for (const b of blocked)
      said.push(...(await api.get(`/api/v1/plans/${b.planId}/tasks/${b.taskId}/comments`)).body.data);
    assert.ok(
      said.some((c: { by: { type: string } }) => c.by.type === 'user') &&
        said.some((c: { by: { type: string } }) => c.by.type === 'contact'),
      JSON.stringify(said),
    );
    assert.ok(adminWork.planTasks.length > 0, 'plan tasks on the admin\'s "My work"');
    const feed = await client(h().app).get(new URL((await createCalendarFeed({ ctx: ws.ctx })).url).pathname);
    assert.match(feed.text, /SUMMARY:Plan task: /);
    assert.match(feed.text, /SUMMARY:Milestone: /);

    // The lifecycle tells one story with the dates: every journey phase has customers, for
    // weeks or months, a renewal date that passed is an overdue renewal in the renewal phase,
    // earlier renewals were signed, and the demo's own rules find nothing left to move.
    assert.equal(loaded.ruleMoves, 0, 'the story already follows the lifecycle rules');
    const today = h().clock.now().toISOString().slice(0, 10);
    const funnel = (await api.get(`/api/v1/reports/funnel?from=2020-01-01&to=${today}`)).body;
    for (const p of funnel.phases as Array<{
      phase: string;
      count: number;
      averageDays: number | null;
      currentAverageDays: number | null;
    }>) {
      assert.ok(p.count > 0, `nobody in ${p.phase}`);
      assert.ok((p.currentAverageDays ?? 0) >= 1, `${p.phase}: there so far ${p.currentAverageDays} days`);
      if (p.phase !== 'onboarding')
        assert.ok((p.averageDays ?? 0) > 7, `${p.phase}: stays of ${p.averageDays} days`);
    }
    const passed = (await api.get(`/api/v1/accounts?stage=customer&renewalBefore=${today}&limit=200`)).body
      .data as Array<{
      id: string;
      phase: string;
      renewalDate: string;
      renewal: { status: string };
    }>;
    assert.ok(passed.length > 0, 'a few renewals are overdue');
    for (const a of passed.filter((x) => x.renewalDate < today))
      assert.deepEqual([a.phase, a.renewal.status], ['renewal', 'overdue'], JSON.stringify(a));
    // The longest-standing customer whose renewal is not overdue: renewed before, next date ahead.
    const oldest = (await api.get('/api/v1/accounts?stage=customer&sort=createdAt&limit=20')).body
      .data as Array<{
      id: string;
      name: string;
      contractStart: string;
      renewalDate: string;
      renewal: { status: string };
    }>;
    const veteran = oldest.find((a) => a.renewal.status !== 'overdue');
    assert.ok(veteran);
    const renewals = (await api.get(`/api/v1/accounts/${veteran.id}/renewals`)).body.data;
    assert.ok(renewals.length >= 1, `${veteran.name} since ${veteran.contractStart} renewed`);
    assert.ok(veteran.renewalDate > today);

    // A real book reads differently from one account to the next and within one: no need or
    // check-in note twice on an account.
    const withCheckins = (await api.get('/api/v1/accounts?stage=customer&limit=80')).body.data;
    let notes = 0;
    for (const a of withCheckins) {
      const needs = (await api.get(`/api/v1/needs?accountId=${a.id}&limit=200`)).body.data as Array<{
        title: string;
      }>;
      assert.equal(
        new Set(needs.map((n) => n.title)).size,
        needs.length,
        `${a.name}: ${needs.map((n) => n.title)}`,
      );
      const held = (await api.get(`/api/v1/checkins?accountId=${a.id}&status=done&limit=200`)).body
        .data as Array<{
        notes: string | null;
      }>;
      notes += held.length;
      assert.equal(
        new Set(held.map((c) => c.notes)).size,
        held.length,
        `${a.name}: the same check-in notes twice`,
      );
    }
    assert.ok(notes > 20, `${notes} check-ins held`);

    // Moving an account into onboarding starts the onboarding plan; the customer can act first.
    const prospect = (await api.get('/api/v1/accounts?stage=prospect&limit=1')).body.data[0];
    const won = await api.post(`/api/v1/accounts/${prospect.id}/stage`, {
      stage: 'customer',
      reason: 'Signed',
    });
    assert.equal(won.status, 200, won.text);
    await h().drain();
    const [onboardingPlan] = (await api.get(`/api/v1/plans?accountId=${prospect.id}`)).body.data;
    assert.equal(onboardingPlan?.kind, 'onboarding', 'the onboarding template started a plan');
    const firstSteps = (await api.get(`/api/v1/plans/${onboardingPlan.id}`)).body.tasks.filter(
      (t: { ownerSide: string; locked: boolean; internal: boolean }) =>
        t.ownerSide === 'customer' && !t.locked,
    );
    assert.ok(
      firstSteps.length > 0 && firstSteps.every((t: { owner: unknown }) => t.owner),
      'a first step, with its owner',
    );
    const onboardingNow = (await api.get('/api/v1/accounts?phase=onboarding&limit=200')).body.data as Array<{
      id: string;
    }>;
    for (const a of onboardingNow) {
      const plans = (await api.get(`/api/v1/plans?accountId=${a.id}`)).body.data as Array<{ kind: string }>;
      assert.equal(
        plans.filter((p) => p.kind === 'onboarding').length,
        1,
        'one onboarding plan each, never two',
      );
    }

    const members = (await listMembers({ ctx: ws.ctx })).data;
    assert.equal(members.length, 5);
    assert.equal(members.filter((m) => m.email.endsWith('@demo.trustcircle.local')).length, 4);

    // A customer's story: created as prospect, won at contract start, notes by its CSM since.
    const customers = await api.get('/api/v1/accounts?stage=customer&sort=-arr&limit=1');
    const top = customers.body.data[0];
    assert.ok(
      top.owner === null ||
        top.owner.email.endsWith('@demo.trustcircle.local') ||
        top.owner.id === ws.admin.id,
    );
    const timeline = (await api.get(`/api/v1/accounts/${top.id}/timeline?limit=200`)).body.data;
    assert.ok(
      timeline.some((e: { title: string }) => e.title === 'Stage: Prospect → Customer'),
      JSON.stringify(timeline),
    );
    assert.ok(timeline.some((e: { kind: string }) => e.kind !== 'system'));
    const created = timeline.find((e: { event: string }) => e.event === 'account.created');
    assert.ok(
      Date.parse(created.occurredAt) < Date.parse(top.contractStart),
      'the history is dated, not all "now"',
    );

    // Rapport: private facts are the admin's own; the API key (no person) sees only team facts.
    const contacts = (await api.get('/api/v1/contacts?limit=200')).body.data;
    let privateSeen = 0;
    let teamSeen = 0;
    for (const c of contacts.filter((x: { rapportCount: number }) => x.rapportCount > 0).slice(0, 60)) {
      const facts = (await listRapportFacts({ ctx: ws.ctx, contactId: c.id })).data;
      privateSeen += facts.filter((f) => f.visibility === 'private').length;
      teamSeen += facts.filter((f) => f.visibility === 'team').length;
      const viaKey = (await api.get(`/api/v1/contacts/${c.id}/rapport`)).body.data;
      assert.ok(viaKey.every((f: { visibility: string }) => f.visibility === 'team'));
    }
    assert.ok(privateSeen > 0 && teamSeen > privateSeen, `${privateSeen} private, ${teamSeen} team`);

    const audit = await listAudit({ ctx: ws.ctx, input: { limit: 200 } });
    assert.ok(audit.data.some((e) => e.action === 'timeline.entry_added'));

    await assert.rejects(
      loadDemoData({ ctx: ws.ctx }),
      (err) => err instanceof DomainError && err.code === 'PRECONDITION_FAILED',
    );
  });

  test('a CSM may not load demo data', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    await assert.rejects(
      loadDemoData({ ctx: csm.ctx, options: { accounts: 3 } }),
      (err) => err instanceof DomainError && err.code === 'FORBIDDEN',
    );
  });
});

describeEachDatabase('first-run setup with demo data', (h) => {
  test('POST /api/v1/setup with demo: true fills the new workspace', async () => {
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { origin: 'http://trustcircle.test' },
      payload: {
        workspaceName: 'Northwind',
        name: 'Ada Admin',
        email: 'ada@northwind.test',
        password: 'correct horse battery',
        demo: true,
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const cookie = res.cookies.find((c) => c.name === 'tc_session');
    const ada = client(h().app, { cookie: `tc_session=${cookie?.value}` });
    assert.equal((await ada.get('/api/v1/accounts?count=true&limit=1')).body.total, 300);
  });
});
