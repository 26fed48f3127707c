import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagPlanEvents } from '../../src/modules/plans/index.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type Task = {
  id: string;
  title: string;
  status: string;
  ownerSide: string;
  owner: { type: string; id: string; name: string } | null;
  dueOn: string | null;
  doneOn: string | null;
  dependsOn: string[];
  locked: boolean;
  overdue: boolean;
  daysOverdue: number;
  internal: boolean;
};

describeEachDatabase('mutual action plans', (h) => {
  const account = async (ws: TestWorkspace, name = 'Initech') =>
    (await ws.api.post('/api/v1/accounts', { name, stage: 'customer' })).body as { id: string };
  const contact = async (ws: TestWorkspace, accountId: string, firstName = 'Peter') =>
    (await ws.api.post('/api/v1/contacts', { accountId, firstName, lastName: 'Gibbons' })).body as {
      id: string;
    };

  /** A plan with kickoff (vendor) → SSO set-up (customer, after kickoff) → go-live (vendor, after both). */
  const onboarding = async (ws: TestWorkspace) => {
    const acc = await account(ws);
    const peter = await contact(ws, acc.id);
    const csm = await ws.member('csm');
    const r = await ws.api.post('/api/v1/plans', {
      accountId: acc.id,
      kind: 'onboarding',
      title: 'Initech onboarding',
      goal: 'Live with SSO before the Q2 kickoff',
      startsOn: '2026-01-31',
      milestones: [{ title: 'Set-up' }, { title: 'Go-live', dueOn: '2026-03-15' }],
      tasks: [
        {
          ref: 'kickoff',
          title: 'Kickoff call',
          ownerSide: 'vendor',
          ownerUserId: csm.id,
          milestone: 0,
          dueRule: { from: 'plan_start', days: 1 },
        },
        {
          ref: 'sso',
          title: 'Configure SSO',
          ownerSide: 'customer',
          ownerContactId: peter.id,
          milestone: 0,
          dueRule: { from: 'task', taskRef: 'kickoff', days: 28 },
          dependsOn: ['kickoff'],
        },
        {
          title: 'Go live',
          ownerSide: 'vendor',
          milestone: 1,
          dueOn: '2026-03-15',
          dependsOn: ['kickoff', 'sso'],
          internal: true,
        },
      ],
    });
    assert.equal(r.status, 201, r.text);
    return {
      acc,
      peter,
      csm,
      plan: r.body as {
        id: string;
        account: { id: string };
        tasks: Task[];
        milestones: { id: string }[];
        health: string;
      },
    };
  };

  test('a plan is created with milestones and tasks on both sides, relative dates resolved', async () => {
    h().clock.set('2026-01-31T12:00:00Z');
    const ws = await h().workspace();
    const { plan, peter, csm, acc } = await onboarding(ws);
    const [kickoff, sso, live] = plan.tasks as [Task, Task, Task];
    assert.deepEqual(
      plan.tasks.map((t) => [t.title, t.ownerSide, t.dueOn, t.locked]),
      [
        ['Kickoff call', 'vendor', '2026-02-01', false],
        ['Configure SSO', 'customer', '2026-03-01', true],
        ['Go live', 'vendor', '2026-03-15', true],
      ],
    );
    assert.deepEqual(kickoff.owner, { type: 'member', id: csm.id, name: kickoff.owner?.name });
    assert.deepEqual(sso.owner, { type: 'contact', id: peter.id, name: 'Peter Gibbons' });
    assert.deepEqual(live.dependsOn.sort(), [kickoff.id, sso.id].sort());
    assert.equal(live.internal, true);
    assert.equal(plan.milestones.length, 2);
    assert.equal(plan.health, 'on_track');

    const listed = (await ws.api.get(`/api/v1/plans?accountId=${acc.id}&status=active`)).body.data;
    assert.deepEqual(
      listed.map((p: { id: string }) => p.id),
      [plan.id],
    );

    // Moving the plan's start moves every task dated from it, and those dated from them.
    const moved = await ws.api.patch(`/api/v1/plans/${plan.id}`, { startsOn: '2026-02-27' });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual(
      moved.body.tasks.map((t: Task) => t.dueOn),
      ['2026-02-28', '2026-03-28', '2026-03-15'],
    );
    assert.equal(
      moved.body.goal,
      'Live with SSO before the Q2 kickoff',
      'a PATCH leaves out what it does not name',
    );
  });

  test('dependencies lock a task until they are done or skipped; done sets its day', async () => {
    h().clock.set('2026-01-31T12:00:00Z');
    const ws = await h().workspace();
    const { plan } = await onboarding(ws);
    const [kickoff, sso, live] = plan.tasks as [Task, Task, Task];
    const base = `/api/v1/plans/${plan.id}/tasks`;

    const early = await ws.api.patch(`${base}/${sso.id}`, { status: 'in_progress' });
    assert.equal(early.status, 409, early.text);
    const blocked = await ws.api.patch(`${base}/${sso.id}`, { status: 'blocked' });
    assert.equal(blocked.body.status, 'blocked', 'blocked is allowed while locked');

    h().clock.set('2026-02-02T12:00:00Z');
    const done = await ws.api.patch(`${base}/${kickoff.id}`, { status: 'done' });
    assert.deepEqual([done.body.status, done.body.doneOn], ['done', '2026-02-02'], done.text);
    const got = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks as Task[];
    assert.deepEqual(
      got.map((t) => t.locked),
      [false, false, true],
    );
    assert.equal((await ws.api.patch(`${base}/${sso.id}`, { status: 'skipped' })).body.status, 'skipped');
    const finished = await ws.api.patch(`${base}/${live.id}`, { status: 'done' });
    assert.equal(finished.status, 200, finished.text);

    const undone = await ws.api.patch(`${base}/${kickoff.id}`, { status: 'in_progress' });
    assert.deepEqual([undone.body.status, undone.body.doneOn], ['in_progress', null]);

    // A circle of dependencies is refused, and nothing changes.
    const loop = await ws.api.patch(`${base}/${kickoff.id}`, { dependsOn: [live.id] });
    assert.equal(loop.status, 400, loop.text);
    assert.deepEqual((await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks[0].dependsOn, []);
    const self = await ws.api.patch(`${base}/${kickoff.id}`, { dependsOn: [kickoff.id] });
    assert.equal(self.status, 400);

    // Deleting kickoff: what waited for it no longer does; SSO, dated from it, keeps its date.
    const deleted = await ws.api.delete(`${base}/${kickoff.id}`);
    assert.equal(deleted.status, 204, deleted.text);
    const after = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks as (Task & {
      dueRule: unknown;
    })[];
    assert.deepEqual(
      after.map((t) => [t.title, t.dependsOn, t.dueOn, t.dueRule]),
      [
        ['Configure SSO', [], '2026-03-01', null],
        ['Go live', [sso.id], '2026-03-15', null],
      ],
    );
    assert.equal((await ws.api.delete(`${base}/${kickoff.id}`)).status, 404);
  });

  test("overdue tasks, each side's accountability and the plan status move with the clock", async () => {
    h().clock.set('2026-01-31T12:00:00Z');
    const ws = await h().workspace();
    const { plan, acc } = await onboarding(ws);
    const [kickoff, sso] = plan.tasks as [Task, Task, Task];
    const base = `/api/v1/plans/${plan.id}/tasks`;
    const acct = async () => (await ws.api.get(`/api/v1/plans/${plan.id}/accountability`)).body;

    h().clock.set('2026-02-01T12:00:00Z');
    let a = await acct();
    assert.deepEqual(
      [a.today, a.vendor.due, a.vendor.overdue, a.health],
      ['2026-02-01', 0, 0, 'on_track'],
      'due today is not overdue',
    );
    await ws.api.patch(`${base}/${kickoff.id}`, { status: 'done' });

    h().clock.set('2026-03-02T12:00:00Z');
    const t = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks[1] as Task;
    assert.deepEqual([t.overdue, t.daysOverdue], [true, 1]);
    a = await acct();
    assert.deepEqual(
      [
        a.vendor.onTimeRate,
        a.vendor.doneOnTime,
        a.customer.overdue,
        a.customer.daysOverdue,
        a.customer.onTimeRate,
        a.health,
      ],
      [1, 1, 1, 1, 0, 'at_risk'],
    );

    h().clock.set('2026-03-08T12:00:00Z');
    a = await acct();
    assert.deepEqual([a.customer.daysOverdue, a.health], [7, 'stalled']);
    assert.equal((await ws.api.get(`/api/v1/plans/${plan.id}`)).body.health, 'stalled');

    const byAccount = (await ws.api.get(`/api/v1/accounts/${acc.id}/plan-accountability`)).body;
    assert.deepEqual(
      [byAccount.plans, byAccount.vendor.doneOnTime, byAccount.customer.overdue, byAccount.health],
      [1, 1, 1, 'stalled'],
    );

    const late = await ws.api.patch(`${base}/${sso.id}`, { status: 'done' });
    assert.equal(late.body.doneOn, '2026-03-08');
    a = await acct();
    assert.deepEqual(
      [a.customer.doneLate, a.customer.overdue, a.customer.onTimeRate, a.health],
      [1, 0, 0, 'on_track'],
    );
  });

  test('tasks added later: owners checked, dates relative to another task, comments', async () => {
    h().clock.set('2026-04-01T12:00:00Z');
    const ws = await h().workspace();
    const { plan, peter, acc } = await onboarding(ws);
    const [kickoff] = plan.tasks as [Task];
    const base = `/api/v1/plans/${plan.id}/tasks`;
    const added = await ws.api.post(base, {
      title: 'Send the admin guide',
      ownerSide: 'customer',
      ownerContactId: peter.id,
      dueRule: { from: 'task', taskId: kickoff.id, days: 3 },
      dependsOn: [kickoff.id],
    });
    assert.equal(added.status, 201, added.text);
    assert.deepEqual([added.body.dueOn, added.body.locked, added.body.position], ['2026-02-04', true, 3]);

    const other = await account(ws, 'Initrode');
    const stranger = await contact(ws, other.id, 'Bill');
    for (const body of [
      { title: 'x', ownerSide: 'customer', ownerContactId: stranger.id },
      { title: 'x', ownerSide: 'vendor', ownerContactId: peter.id },
      { title: 'x', ownerSide: 'customer', ownerUserId: ws.admin.id },
      { title: 'x', ownerSide: 'vendor', dependsOn: ['0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10'] },
      { title: 'x', ownerSide: 'vendor', dueOn: '2026-01-01', dueRule: { from: 'plan_start', days: 1 } },
      { title: 'x', ownerSide: 'vendor', milestoneId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10' },
      { title: ' ', ownerSide: 'vendor' },
      { title: 'x', ownerSide: 'both' },
    ]) {
      const r = await ws.api.post(base, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
    }
    assert.equal((await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks.length, 4, 'nothing was added');
    for (const body of [
      { status: 'finished' },
      { ownerContactId: stranger.id },
      { ownerSide: 'vendor', ownerContactId: peter.id },
      { dueRule: { from: 'task', taskId: added.body.id, days: 1 } },
      { title: 'Renamed', dueOn: '2026-13-01' },
      { title: 'Renamed', planId: plan.id, workspaceId: 'x' },
    ]) {
      const r = await ws.api.patch(`${base}/${added.body.id}`, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
    }
    const unchanged = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body.tasks[3];
    assert.deepEqual(
      [unchanged.title, unchanged.status, unchanged.owner.id, unchanged.dueOn],
      ['Send the admin guide', 'not_started', peter.id, '2026-02-04'],
    );
    const switched = await ws.api.patch(`${base}/${added.body.id}`, {
      ownerSide: 'vendor',
      dueOn: '2026-04-10',
    });
    assert.deepEqual(
      [switched.body.ownerSide, switched.body.owner, switched.body.dueOn, switched.body.dueRule],
      ['vendor', null, '2026-04-10', null],
      'switching sides drops the contact; an absolute date replaces the rule',
    );

    const c = await ws.api.post(`${base}/${kickoff.id}/comments`, { body: '  Agenda sent  ' });
    assert.equal(c.status, 201, c.text);
    assert.equal(c.body.body, 'Agenda sent');
    assert.equal(
      (await ws.api.post(`${base}/${kickoff.id}/comments`, { body: 'x'.repeat(4001) })).status,
      400,
    );
    const comments = (await ws.api.get(`${base}/${kickoff.id}/comments`)).body.data;
    assert.deepEqual(
      comments.map((x: { body: string }) => x.body),
      ['Agenda sent'],
    );
    assert.equal(acc.id.length > 0, true);
  });

  test('every write is audited with its event; the job raises overdue customer tasks and stalled plans once', async () => {
    h().clock.set('2026-01-31T12:00:00Z');
    const ws = await h().workspace();
    const admin = await ws.member('admin');
    const tz = await admin.client.patch('/api/v1/workspace', { timezone: 'Pacific/Auckland' });
    assert.equal(tz.status, 200, tz.text);
    const { plan } = await onboarding(ws);
    const [kickoff] = plan.tasks as [Task];
    await ws.api.patch(`/api/v1/plans/${plan.id}/tasks/${kickoff.id}`, { status: 'done' });
    const jctx = {
      db: h().runtime.platform.db,
      clock: h().clock,
      log: h().runtime.platform.log,
      job: { id: 't', workspaceId: null, attempt: 1, maxAttempts: 1 },
    };
    // 12:00 UTC on 1 March is 2 March in Auckland: the customer's SSO task (due 1 March) is a day late there.
    h().clock.set('2026-03-01T12:00:00Z');
    assert.ok((await flagPlanEvents(jctx)) >= 1, "other tests' workspaces share the database");
    assert.equal(await flagPlanEvents(jctx), 0, 'told once');
    h().clock.set('2026-03-08T12:00:00Z');
    assert.ok((await flagPlanEvents(jctx)) >= 1, 'the plan is now stalled');
    assert.equal(await flagPlanEvents(jctx), 0, 'stalled is told once');

    const auditor = await ws.member('admin'); // signed in now: a session from January has expired
    const audit = await auditor.client.get('/api/v1/audit?limit=200');
    assert.equal(audit.status, 200, audit.text);
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    for (const a of [
      'plan.created',
      'plan_task.status_changed',
      'plan_task.completed',
      'plan_task.overdue',
      'plan.stalled',
    ])
      assert.equal(actions.filter((x: string) => x === a).length, 1, `${a} once in ${actions.join(' | ')}`);
    await h().drain();
    // The account's timeline tells the plan's story.
    const timeline = (await ws.api.get(`/api/v1/accounts/${plan.account.id}/timeline?limit=100`)).body.data;
    const titles = timeline.map((e: { title: string }) => e.title);
    for (const t of ['Plan started', 'Plan task done', 'Customer task overdue', 'Plan stalled'])
      assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
  });

  test('bad plans are refused and change nothing; viewers cannot write', async () => {
    h().clock.set('2026-04-01T12:00:00Z');
    const ws = await h().workspace();
    const acc = await account(ws);
    const theirs = await account(await h().workspace());
    for (const body of [
      { accountId: theirs.id, title: 'x' },
      { accountId: acc.id, title: '' },
      { accountId: acc.id, title: 'x', kind: 'upsell' },
      { accountId: acc.id, title: 'x', tasks: [{ title: 'a', ownerSide: 'vendor', dependsOn: ['nope'] }] },
      { accountId: acc.id, title: 'x', tasks: [{ title: 'a', ownerSide: 'vendor', milestone: 2 }] },
      {
        accountId: acc.id,
        title: 'x',
        tasks: [
          { ref: 'a', title: 'a', ownerSide: 'vendor', dependsOn: ['b'] },
          { ref: 'b', title: 'b', ownerSide: 'vendor', dependsOn: ['a'] },
        ],
      },
      { accountId: acc.id, title: 'x', startsOn: '2026-02-30' },
    ]) {
      const r = await ws.api.post('/api/v1/plans', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
    }
    assert.equal((await ws.api.get('/api/v1/plans')).body.data.length, 0);
    assert.equal((await ws.api.get('/api/v1/plans?status=late')).status, 400);

    const viewer = await ws.member('viewer');
    assert.equal((await viewer.client.post('/api/v1/plans', { accountId: acc.id, title: 'x' })).status, 403);
    const made = await ws.api.post('/api/v1/plans', {
      accountId: acc.id,
      title: 'Renewal',
      kind: 'renewal',
      tasks: [{ title: 'a', ownerSide: 'vendor' }],
    });
    const taskId = made.body.tasks[0].id;
    assert.equal((await viewer.client.get(`/api/v1/plans/${made.body.id}`)).status, 200);
    assert.equal((await viewer.client.patch(`/api/v1/plans/${made.body.id}`, { title: 'y' })).status, 403);
    assert.equal(
      (await viewer.client.patch(`/api/v1/plans/${made.body.id}/tasks/${taskId}`, { status: 'done' })).status,
      403,
    );
    assert.equal((await ws.api.get(`/api/v1/plans/${made.body.id}`)).body.tasks[0].status, 'not_started');
  });

  test("another workspace's plans and tasks answer 404 on every route and change nothing", async () => {
    h().clock.set('2026-01-31T12:00:00Z');
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const { plan, acc } = await onboarding(theirs);
    const myPlan = await onboarding(mine);
    const id = plan.id;
    const taskId = (plan.tasks[0] as Task).id;
    const myTask = (myPlan.plan.tasks[0] as Task).id;
    const cases: [string, string, unknown?][] = [
      ['get', `/api/v1/plans/${id}`],
      ['patch', `/api/v1/plans/${id}`, { title: 'Mine now' }],
      ['get', `/api/v1/plans/${id}/accountability`],
      ['post', `/api/v1/plans/${id}/tasks`, { title: 'x', ownerSide: 'vendor' }],
      ['patch', `/api/v1/plans/${id}/tasks/${taskId}`, { status: 'skipped' }],
      ['delete', `/api/v1/plans/${id}/tasks/${taskId}`],
      ['get', `/api/v1/plans/${id}/tasks/${taskId}/comments`],
      ['post', `/api/v1/plans/${id}/tasks/${taskId}/comments`, { body: 'hi' }],
      // Their task through my plan.
      ['patch', `/api/v1/plans/${myPlan.plan.id}/tasks/${taskId}`, { status: 'skipped' }],
      ['delete', `/api/v1/plans/${myPlan.plan.id}/tasks/${taskId}`],
      ['post', `/api/v1/plans/${myPlan.plan.id}/tasks/${taskId}/comments`, { body: 'hi' }],
      // My task through their plan.
      ['patch', `/api/v1/plans/${id}/tasks/${myTask}`, { status: 'skipped' }],
      ['get', `/api/v1/accounts/${acc.id}/plan-accountability`],
      ['get', `/api/v1/plans?accountId=${acc.id}`],
    ];
    for (const [method, url, body] of cases) {
      const r = await (method === 'get' || method === 'delete'
        ? (mine.api as unknown as Record<string, (u: string) => Promise<{ status: number }>>)[method]?.(url)
        : (mine.api as unknown as Record<string, (u: string, b: unknown) => Promise<{ status: number }>>)[
            method
          ]?.(url, body));
      assert.equal(r?.status, 404, `${method} ${url}`);
    }
    // Their task named as a dependency of mine is bad input, not a link across workspaces.
    const cross = await mine.api.patch(`/api/v1/plans/${myPlan.plan.id}/tasks/${myTask}`, {
      dependsOn: [taskId],
    });
    assert.equal(cross.status, 400);

    const still = (await theirs.api.get(`/api/v1/plans/${id}`)).body;
    assert.equal(still.title, 'Initech onboarding');
    assert.deepEqual(
      still.tasks.map((t: Task) => t.status),
      ['not_started', 'not_started', 'not_started'],
    );
    assert.equal((await theirs.api.get(`/api/v1/plans/${id}/tasks/${taskId}/comments`)).body.data.length, 0);
    assert.equal((await mine.api.get(`/api/v1/plans/${myPlan.plan.id}`)).body.tasks[0].status, 'not_started');
  });
});
