import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  STARTER_TEMPLATES,
  seedDefaultTemplates,
  startPlansOnEntry,
} from '../../src/modules/planTemplates/index.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type Task = {
  id: string;
  title: string;
  ownerSide: string;
  owner: { type: string; id: string } | null;
  milestoneId: string | null;
  dueOn: string | null;
  dueRule: unknown;
  dependsOn: string[];
  locked: boolean;
  internal: boolean;
};
type Plan = {
  id: string;
  title: string;
  kind: string;
  goal: string | null;
  startsOn: string;
  templateId: string | null;
  owner: { id: string } | null;
  milestones: { id: string; title: string; dueOn: string | null }[];
  tasks: Task[];
};

/** Kickoff (vendor, day 2) → SSO (customer, 10 days after kickoff) → go-live (vendor, 5 after SSO). */
const ONBOARDING = {
  name: 'Enterprise onboarding',
  kind: 'onboarding',
  title: 'Onboarding',
  goal: 'Live with SSO in a month',
  milestones: [{ title: 'Set-up', dueDays: 14 }, { title: 'Go-live' }],
  tasks: [
    {
      ref: 'kickoff',
      title: 'Kickoff call',
      ownerSide: 'vendor',
      milestone: 0,
      dueRule: { from: 'plan_start', days: 2 },
    },
    {
      ref: 'sso',
      title: 'Configure SSO',
      detail: 'Your identity provider admin',
      ownerSide: 'customer',
      milestone: 0,
      dueRule: { from: 'task', taskRef: 'kickoff', days: 10 },
      dependsOn: ['kickoff'],
    },
    {
      ref: 'live',
      title: 'Go live',
      ownerSide: 'vendor',
      milestone: 1,
      dueRule: { from: 'task', taskRef: 'sso', days: 5 },
      dependsOn: ['kickoff', 'sso'],
      internal: true,
    },
    { ref: 'notes', title: 'Read the hand-off notes', ownerSide: 'vendor' },
  ],
};

describeEachDatabase('plan templates', (h) => {
  const account = async (ws: TestWorkspace, body: Record<string, unknown> = {}) => {
    const r = await ws.api.post('/api/v1/accounts', { name: 'Initech', ...body });
    assert.equal(r.status, 201, r.text);
    return r.body as { id: string };
  };
  const create = async (ws: TestWorkspace, body: Record<string, unknown> = ONBOARDING) => {
    const manager = await ws.member('manager');
    const r = await manager.client.post('/api/v1/plan-templates', body);
    assert.equal(r.status, 201, r.text);
    return r.body as { id: string; tasks: unknown[]; milestones: unknown[] } & Record<string, unknown>;
  };
  const plansOf = async (ws: TestWorkspace, accountId: string) =>
    (await ws.api.get(`/api/v1/plans?accountId=${accountId}`)).body.data as Plan[];
  const move = async (ws: TestWorkspace, accountId: string, body: Record<string, unknown>) => {
    const r = await ws.api.post(`/api/v1/accounts/${accountId}/stage`, { reason: 'As agreed', ...body });
    assert.equal(r.status, 200, r.text);
  };

  test('templates are created, read, listed, edited and archived', async () => {
    h().clock.set('2026-03-02T09:00:00Z');
    const ws = await h().workspace();
    const manager = await ws.member('manager');
    const made = await manager.client.post('/api/v1/plan-templates', ONBOARDING);
    assert.equal(made.status, 201, made.text);
    const t = made.body;
    assert.deepEqual(
      [t.name, t.kind, t.title, t.goal, t.archived, t.startsOnStage, t.startsOnPhase, t.createdBy.id],
      [
        'Enterprise onboarding',
        'onboarding',
        'Onboarding',
        'Live with SSO in a month',
        false,
        null,
        null,
        manager.id,
      ],
    );
    assert.deepEqual(t.milestones, [
      { title: 'Set-up', dueDays: 14 },
      { title: 'Go-live', dueDays: null },
    ]);
    assert.deepEqual(t.tasks[3], {
      ref: 'notes',
      title: 'Read the hand-off notes',
      detail: null,
      ownerSide: 'vendor',
      milestone: null,
      dueRule: null,
      dependsOn: [],
      internal: false,
    });
    assert.deepEqual((await ws.api.get(`/api/v1/plan-templates/${t.id}`)).body, t);

    // A title defaults to the name.
    const renewal = await manager.client.post('/api/v1/plan-templates', {
      name: 'A renewal',
      kind: 'renewal',
      startsOnPhase: 'renewal',
    });
    assert.equal(renewal.status, 201, renewal.text);
    assert.deepEqual([renewal.body.title, renewal.body.startsOnPhase], ['A renewal', 'renewal']);

    const list = async (q = '') =>
      ((await ws.api.get(`/api/v1/plan-templates${q}`)).body.data as { name: string }[]).map((x) => x.name);
    assert.deepEqual(await list(), ['A renewal', 'Enterprise onboarding']);

    // Editing: lists replace, a stage clears the phase, and plain fields stay as they were.
    h().clock.set('2026-03-03T09:00:00Z');
    const edited = await manager.client.patch(`/api/v1/plan-templates/${renewal.body.id}`, {
      startsOnStage: 'advocate',
      tasks: [{ ref: 'ask', title: 'Ask for a case study', ownerSide: 'vendor' }],
    });
    assert.equal(edited.status, 200, edited.text);
    assert.deepEqual(
      [edited.body.startsOnStage, edited.body.startsOnPhase, edited.body.kind, edited.body.tasks.length],
      ['advocate', null, 'renewal', 1],
    );
    assert.equal(edited.body.updatedAt, '2026-03-03T09:00:00.000Z');
    const both = await manager.client.patch(`/api/v1/plan-templates/${renewal.body.id}`, {
      startsOnStage: 'customer',
      startsOnPhase: 'renewal',
    });
    assert.equal(both.status, 400, both.text);
    assert.equal(both.body.error.details.issues[0].path, 'body.startsOnPhase');

    // Archiving hides it from the list, not from a direct read; PATCH brings it back.
    const archived = await manager.client.delete(`/api/v1/plan-templates/${renewal.body.id}`);
    assert.equal(archived.status, 204, archived.text);
    assert.equal((await manager.client.delete(`/api/v1/plan-templates/${renewal.body.id}`)).status, 204);
    assert.deepEqual(await list(), ['Enterprise onboarding']);
    assert.deepEqual(await list('?archived=true'), ['Enterprise onboarding', 'A renewal']);
    assert.equal((await ws.api.get(`/api/v1/plan-templates/${renewal.body.id}`)).body.archived, true);
    const restored = await manager.client.patch(`/api/v1/plan-templates/${renewal.body.id}`, {
      archived: false,
    });
    assert.equal(restored.body.archived, false);
    assert.deepEqual(await list(), ['A renewal', 'Enterprise onboarding']);

    const audit = await manager.client.get('/api/v1/audit?limit=50');
    const actions = (audit.body.data as { action: string }[]).map((a) => a.action);
    for (const a of ['plan_template.created', 'plan_template.updated', 'plan_template.archived'])
      assert.ok(actions.includes(a), `${a} is audited`);
  });

  test('a task graph that does not hold is refused at its field', async () => {
    const ws = await h().workspace();
    const manager = await ws.member('manager');
    const refused = async (body: Record<string, unknown>) => {
      const r = await manager.client.post('/api/v1/plan-templates', { name: 'Broken', ...body });
      assert.equal(r.status, 400, r.text);
      assert.equal(r.body.error.code, 'VALIDATION');
      return (r.body.error.details.issues as { path: string; message: string }[]).map((i) => i.path);
    };
    const a = { ref: 'a', title: 'A', ownerSide: 'vendor' };
    const b = { ref: 'b', title: 'B', ownerSide: 'customer' };

    assert.deepEqual(await refused({ tasks: [a, { ...b, dependsOn: ['a', 'nope'] }] }), [
      'tasks.1.dependsOn.1',
    ]);
    assert.deepEqual(
      await refused({ tasks: [a, { ...b, dueRule: { from: 'task', taskRef: 'nope', days: 3 } }] }),
      ['tasks.1.dueRule.taskRef'],
    );
    assert.deepEqual(await refused({ tasks: [a, { ...b, ref: 'a' }] }), ['tasks.1.ref']);
    assert.deepEqual(await refused({ tasks: [{ ...a, dependsOn: ['a'] }] }), ['tasks.0.dependsOn.0']);
    assert.deepEqual(
      await refused({ milestones: [{ title: 'Only one' }], tasks: [a, { ...b, milestone: 1 }] }),
      ['tasks.1.milestone'],
    );
    // a → c → b → a: a circle of dependencies, reported at the first task on it.
    const c = { ref: 'c', title: 'C', ownerSide: 'vendor' };
    const circle = await manager.client.post('/api/v1/plan-templates', {
      name: 'Circle',
      tasks: [
        { ...a, dependsOn: ['c'] },
        { ...b, dependsOn: ['a'] },
        { ...c, dependsOn: ['b'] },
      ],
    });
    assert.equal(circle.status, 400, circle.text);
    assert.equal(circle.body.error.details.issues[0].path, 'tasks.0.dependsOn');
    assert.match(circle.body.error.message, /circle: “A” → “C” → “B” → “A”/);
    // Due dates counting from each other in a circle.
    assert.deepEqual(
      await refused({
        tasks: [
          { ...a, dueRule: { from: 'task', taskRef: 'b', days: 1 } },
          { ...b, dueRule: { from: 'task', taskRef: 'a', days: 1 } },
        ],
      }),
      ['tasks.0.dueRule.taskRef'],
    );
    // Contract errors carry their path too; nothing was stored.
    assert.deepEqual(await refused({ tasks: [{ ...a, ownerSide: 'partner' }] }), ['body.tasks.0.ownerSide']);
    assert.deepEqual(await refused({ tasks: [{ ...a, dueRule: { from: 'plan_start', days: -2 } }] }), [
      'body.tasks.0.dueRule.days',
    ]);
    assert.deepEqual((await ws.api.get('/api/v1/plan-templates')).body.data, []);

    // A later task may be named: only circles are refused.
    const forward = await manager.client.post('/api/v1/plan-templates', {
      name: 'Forward',
      tasks: [{ ...a, dependsOn: ['b'] }, b],
    });
    assert.equal(forward.status, 201, forward.text);
    // An edit is checked the same way, against the milestones it leaves.
    const shrunk = await manager.client.patch(`/api/v1/plan-templates/${forward.body.id}`, {
      tasks: [a, { ...b, dependsOn: ['zzz'] }],
    });
    assert.equal(shrunk.status, 400, shrunk.text);
    assert.equal(shrunk.body.error.details.issues[0].path, 'tasks.1.dependsOn.0');
  });

  test('managers and admins manage templates; CSMs and viewers read them and start plans', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const viewer = await ws.member('viewer');
    const t = await create(ws);
    const acc = await account(ws, { stage: 'customer' });

    const refused = await csm.client.post('/api/v1/plan-templates', ONBOARDING);
    assert.equal(refused.status, 403, refused.text);
    assert.equal((await csm.client.patch(`/api/v1/plan-templates/${t.id}`, { name: 'Mine' })).status, 403);
    assert.equal((await csm.client.delete(`/api/v1/plan-templates/${t.id}`)).status, 403);
    assert.equal(
      (await ws.api.post('/api/v1/plan-templates', ONBOARDING)).status,
      403,
      'API keys do not manage',
    );
    const byAdmin = await (await ws.member('admin')).client.post('/api/v1/plan-templates', {
      ...ONBOARDING,
      name: 'By an admin',
    });
    assert.equal(byAdmin.status, 201, byAdmin.text);

    assert.equal((await csm.client.get('/api/v1/plan-templates')).body.data.length, 2);
    assert.equal((await viewer.client.get(`/api/v1/plan-templates/${t.id}`)).status, 200);
    const started = await csm.client.post('/api/v1/plans/from-template', {
      templateId: t.id,
      accountId: acc.id,
    });
    assert.equal(started.status, 201, started.text);
    assert.equal(started.body.owner.id, csm.id, 'the one who starts it runs it by default');
    const byViewer = await viewer.client.post('/api/v1/plans/from-template', {
      templateId: t.id,
      accountId: acc.id,
    });
    assert.equal(byViewer.status, 403, byViewer.text);
  });

  test("another workspace's templates are not found", async () => {
    const ws = await h().workspace();
    const other = await h().workspace();
    const theirs = await create(other);
    const acc = await account(ws);
    assert.equal((await ws.api.get(`/api/v1/plan-templates/${theirs.id}`)).status, 404);
    const admin = await ws.member('admin');
    assert.equal(
      (await admin.client.patch(`/api/v1/plan-templates/${theirs.id}`, { name: 'x' })).status,
      404,
    );
    assert.equal((await admin.client.delete(`/api/v1/plan-templates/${theirs.id}`)).status, 404);
    assert.deepEqual((await ws.api.get('/api/v1/plan-templates')).body.data, []);
    const started = await ws.api.post('/api/v1/plans/from-template', {
      templateId: theirs.id,
      accountId: acc.id,
    });
    assert.equal(started.status, 400, started.text);
    assert.equal(started.body.error.details.issues[0].path, 'templateId');
    // And our template for their account.
    const mine = await create(ws);
    const theirAccount = await account(other);
    const crossed = await ws.api.post('/api/v1/plans/from-template', {
      templateId: mine.id,
      accountId: theirAccount.id,
    });
    assert.equal(crossed.status, 400, crossed.text);
    assert.equal(crossed.body.error.details.issues[0].path, 'accountId');
    assert.equal((await other.api.get(`/api/v1/plan-templates/${theirs.id}`)).status, 200);
  });

  test('a plan from a template: dates from its start, dependencies, owners and where it came from', async () => {
    h().clock.set('2026-01-20T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const t = await create(ws);
    const acc = await account(ws, { stage: 'customer' });
    const r = await ws.api.post('/api/v1/plans/from-template', {
      templateId: t.id,
      accountId: acc.id,
      startsOn: '2026-01-31',
      ownerId: csm.id,
    });
    assert.equal(r.status, 201, r.text);
    const plan = r.body as Plan;
    assert.deepEqual(
      [plan.title, plan.kind, plan.goal, plan.startsOn, plan.templateId, plan.owner?.id],
      ['Onboarding', 'onboarding', 'Live with SSO in a month', '2026-01-31', t.id, csm.id],
    );
    assert.deepEqual(
      plan.milestones.map((m) => [m.title, m.dueOn]),
      [
        ['Set-up', '2026-02-14'],
        ['Go-live', null],
      ],
    );
    const [kickoff, sso, live, notes] = plan.tasks as [Task, Task, Task, Task];
    assert.deepEqual(
      plan.tasks.map((x) => [x.title, x.ownerSide, x.dueOn, x.locked, x.internal]),
      [
        ['Kickoff call', 'vendor', '2026-02-02', false, false],
        ['Configure SSO', 'customer', '2026-02-12', true, false],
        ['Go live', 'vendor', '2026-02-17', true, true],
        ['Read the hand-off notes', 'vendor', null, false, false],
      ],
    );
    // Vendor tasks go to the plan's owner; customer tasks wait for a contact.
    assert.deepEqual(
      plan.tasks.map((x) => x.owner?.id ?? null),
      [csm.id, null, csm.id, csm.id],
    );
    assert.deepEqual(sso.dependsOn, [kickoff.id]);
    assert.deepEqual(live.dependsOn.sort(), [kickoff.id, sso.id].sort());
    assert.deepEqual(sso.dueRule, { from: 'task', taskId: kickoff.id, days: 10 });
    assert.deepEqual(
      [kickoff.milestoneId, sso.milestoneId, live.milestoneId, notes.milestoneId],
      [plan.milestones[0]?.id, plan.milestones[0]?.id, plan.milestones[1]?.id, null],
    );
    // Relative dates keep working on the plan: moving the start moves the chain.
    const moved = await ws.api.patch(`/api/v1/plans/${plan.id}`, { startsOn: '2026-02-07' });
    assert.deepEqual(
      moved.body.tasks.map((x: Task) => x.dueOn),
      ['2026-02-09', '2026-02-19', '2026-02-24', null],
    );
    assert.equal((await ws.api.get(`/api/v1/plans/${plan.id}`)).body.templateId, t.id);

    // Defaults: today in the workspace, a title of one's own, no owner when asked for none.
    const other = await ws.api.post('/api/v1/plans/from-template', {
      templateId: t.id,
      accountId: acc.id,
      title: 'Initech onboarding',
      ownerId: null,
    });
    assert.equal(other.status, 201, other.text);
    assert.deepEqual(
      [
        other.body.title,
        other.body.startsOn,
        other.body.owner,
        other.body.tasks[0].dueOn,
        other.body.tasks[0].owner,
      ],
      ['Initech onboarding', '2026-01-20', null, '2026-01-22', null],
    );
    // An account that has left the stage again by the time the job runs gets nothing.
    const undecided = await account(ws, { name: 'Hooli', stage: 'prospect' });
    await move(ws, undecided.id, { stage: 'customer' });
    await move(ws, undecided.id, { stage: 'prospect' });
    await h().drain();
    assert.deepEqual(await plansOf(ws, undecided.id), []);

    // An archived template starts nothing by hand either; a plan started by hand has no template.
    await (await ws.member('manager')).client.delete(`/api/v1/plan-templates/${t.id}`);
    const fromArchived = await ws.api.post('/api/v1/plans/from-template', {
      templateId: t.id,
      accountId: acc.id,
    });
    assert.equal(fromArchived.status, 400, fromArchived.text);
    const byHand = await ws.api.post('/api/v1/plans', { accountId: acc.id, title: 'By hand' });
    assert.equal(byHand.body.templateId, null);
  });

  test('entering a stage or phase starts one plan from each template naming it, once', async () => {
    h().clock.set('2026-05-04T15:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const onboarding = await create(ws, { ...ONBOARDING, startsOnStage: 'customer' });
    const renewal = await create(ws, {
      name: 'Renewal',
      kind: 'renewal',
      startsOnPhase: 'renewal',
      tasks: [
        { ref: 'r', title: 'Renewal call', ownerSide: 'vendor', dueRule: { from: 'plan_start', days: 7 } },
      ],
    });
    const archived = await create(ws, { ...ONBOARDING, name: 'Old onboarding', startsOnStage: 'customer' });
    const manager = await ws.member('manager');
    assert.equal((await manager.client.delete(`/api/v1/plan-templates/${archived.id}`)).status, 204);
    const acc = await account(ws, { stage: 'prospect', ownerId: csm.id });
    const bystander = await account(ws, { name: 'Initrode', stage: 'prospect' });

    await move(ws, acc.id, { stage: 'customer' });
    await h().drain();
    await h().drain();
    let plans = await plansOf(ws, acc.id);
    assert.equal(plans.length, 1, 'one plan, and none from the archived template');
    assert.deepEqual(
      [plans[0]?.templateId, plans[0]?.startsOn, plans[0]?.owner?.id],
      [onboarding.id, '2026-05-04', csm.id],
    );
    assert.deepEqual(await plansOf(ws, bystander.id), []);
    // A retried job (the plan made, the job not marked done) starts nothing more.
    const { platform } = h().runtime;
    const retry = { id: 'retry', workspaceId: ws.id, attempt: 2, maxAttempts: 8 };
    const again = await startPlansOnEntry(
      { db: platform.db, clock: h().clock, log: platform.log, job: retry },
      { accountId: acc.id, stage: 'customer', phase: 'onboarding', at: '2026-05-04T15:00:00.000Z' },
    );
    assert.equal(again, 0);
    assert.equal((await plansOf(ws, acc.id)).length, 1);
    const full = (await ws.api.get(`/api/v1/plans/${plans[0]?.id}`)).body as Plan;
    assert.equal(full.tasks[0]?.dueOn, '2026-05-06');
    assert.equal(full.tasks[0]?.owner?.id, csm.id, "the account's owner runs it");

    // The phase: the renewal template starts its plan; the stage template stays at one.
    h().clock.set('2026-06-01T15:00:00Z');
    await move(ws, acc.id, { stage: 'customer', phase: 'renewal' });
    await h().drain();
    await h().drain();
    plans = await plansOf(ws, acc.id);
    assert.deepEqual(plans.map((p) => p.templateId).sort(), [onboarding.id, renewal.id].sort());

    // Leaving and coming back while the first plan is still active starts no second one…
    await move(ws, acc.id, { stage: 'prospect' });
    await move(ws, acc.id, { stage: 'customer' });
    await h().drain();
    assert.equal((await plansOf(ws, acc.id)).filter((p) => p.templateId === onboarding.id).length, 1);
    // …but once that plan is done, coming back starts a new one.
    const first = plans.find((p) => p.templateId === onboarding.id) as Plan;
    await ws.api.patch(`/api/v1/plans/${first.id}`, { status: 'completed' });
    await move(ws, acc.id, { stage: 'advocate' });
    await move(ws, acc.id, { stage: 'customer' });
    await h().drain();
    await h().drain();
    assert.equal((await plansOf(ws, acc.id)).filter((p) => p.templateId === onboarding.id).length, 2);

    // An account that has left the stage again by the time the job runs gets nothing.
    const undecided = await account(ws, { name: 'Hooli', stage: 'prospect' });
    await move(ws, undecided.id, { stage: 'customer' });
    await move(ws, undecided.id, { stage: 'prospect' });
    await h().drain();
    assert.deepEqual(await plansOf(ws, undecided.id), []);

    // An archived template starts nothing: archive the live one too and move another account.
    // (A month on, the manager's session has expired: a fresh one.)
    const later = await ws.member('manager');
    const gone = await later.client.delete(`/api/v1/plan-templates/${onboarding.id}`);
    assert.equal(gone.status, 204, gone.text);
    await move(ws, bystander.id, { stage: 'customer' });
    await h().drain();
    assert.deepEqual(await plansOf(ws, bystander.id), []);
  });

  test('a new workspace gets the starter templates: the onboarding plan starts when an account becomes a customer, and gives the customer a first step', async () => {
    h().clock.set('2026-02-02T10:00:00Z');
    const ws = await h().workspace();
    const seeded = await seedDefaultTemplates({ ctx: ws.ctx, workspaceId: ws.id });
    assert.equal(seeded, 2);
    assert.equal(await seedDefaultTemplates({ ctx: ws.ctx, workspaceId: ws.id }), 0, 'only once');
    const list = (await ws.api.get('/api/v1/plan-templates')).body.data as {
      id: string;
      name: string;
      kind: string;
      startsOnStage: string | null;
      startsOnPhase: string | null;
      milestones: unknown[];
      tasks: { ownerSide: string }[];
    }[];
    assert.deepEqual(
      list.map((t) => [t.name, t.kind, t.startsOnStage, t.startsOnPhase]),
      [
        ['Onboarding plan', 'onboarding', null, 'onboarding'],
        ['Renewal plan', 'renewal', null, null],
      ],
    );
    assert.equal(STARTER_TEMPLATES.length, list.length);
    const onboarding = list.find((t) => t.kind === 'onboarding');
    assert.ok(onboarding && onboarding.milestones.length === 3 && onboarding.tasks.length >= 8);
    assert.deepEqual([...new Set(onboarding.tasks.map((t) => t.ownerSide))].sort(), ['customer', 'vendor']);

    // Each starts a whole plan by hand, every task dated, the customer's tasks with their lead person.
    const acc = await account(ws, { stage: 'prospect' });
    const other = await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Bo', role: 'user' });
    const lead = await ws.api.post('/api/v1/contacts', {
      accountId: acc.id,
      firstName: 'Ann',
      role: 'champion',
      isPrimary: true,
    });
    assert.equal(lead.status, 201, lead.text);
    for (const t of list) {
      const r = await ws.api.post('/api/v1/plans/from-template', { templateId: t.id, accountId: acc.id });
      assert.equal(r.status, 201, r.text);
      const plan = r.body as Plan;
      assert.ok(
        plan.tasks.every((x) => x.dueOn),
        `${t.name}: every task has a due date`,
      );
      const theirs = plan.tasks.filter((x) => x.ownerSide === 'customer');
      assert.ok(
        theirs.every((x) => x.owner?.id === lead.body.id),
        `${t.name}: owned by the primary contact`,
      );
      assert.ok(
        theirs.some((x) => !x.locked && !x.internal),
        `${t.name}: the customer can take a step before anything of ours is done`,
      );
    }
    const unowned = await ws.api.post('/api/v1/plans/from-template', {
      templateId: onboarding.id,
      accountId: acc.id,
      customerOwnerId: null,
    });
    assert.ok((unowned.body as Plan).tasks.every((x) => x.ownerSide === 'vendor' || x.owner === null));
    const named = await ws.api.post('/api/v1/plans/from-template', {
      templateId: onboarding.id,
      accountId: acc.id,
      customerOwnerId: other.body.id,
    });
    assert.ok((named.body as Plan).tasks.some((x) => x.owner?.id === other.body.id));
    const stranger = await ws.api.post('/api/v1/plans/from-template', {
      templateId: onboarding.id,
      accountId: acc.id,
      customerOwnerId: (
        await ws.api.post('/api/v1/contacts', { accountId: (await account(ws)).id, firstName: 'Cy' })
      ).body.id,
    });
    assert.equal(stranger.status, 400, "another account's contact is refused");

    // It already has an active onboarding plan: becoming a customer starts no other.
    await move(ws, acc.id, { stage: 'customer' });
    await h().drain();
    assert.equal((await plansOf(ws, acc.id)).length, 4);

    // A new customer gets the onboarding plan by itself, from the day it became one.
    const fresh = await account(ws, { stage: 'prospect' });
    await ws.api.post('/api/v1/contacts', { accountId: fresh.id, firstName: 'Di', isPrimary: true });
    await move(ws, fresh.id, { stage: 'customer' });
    await h().drain();
    const started = await plansOf(ws, fresh.id);
    assert.deepEqual(
      started.map((p) => [p.templateId, p.startsOn]),
      [[onboarding.id, '2026-02-02']],
    );
  });

  test('the API documents the templates', async () => {
    const doc = (await h().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/plan-templates',
      '/api/v1/plan-templates/{id}',
      '/api/v1/plans/from-template',
    ])
      assert.ok(doc.paths[path], `${path} is documented`);
    assert.ok(doc.components.schemas.PlanTemplate);
  });
});
