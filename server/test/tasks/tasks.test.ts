import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

type P = { id: string };
type T = {
  id: string;
  status: string;
  overdue: boolean;
  snoozed: boolean;
  doneAt: string | null;
  owner: { id: string } | null;
};

describeEachDatabase('the task list', (h) => {
  test('tasks are created, listed by owner and overdue, snoozed, done and opened again', async () => {
    h().clock.set('2026-09-10T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Initech' })).body;
    const mine = await csm.client.post('/api/v1/tasks', {
      title: 'Send the QBR deck',
      accountId: acc.id,
      dueOn: '2026-09-08',
      priority: 'high',
    });
    assert.equal(mine.status, 201, mine.text);
    assert.deepEqual(
      [mine.body.owner.id, mine.body.overdue, mine.body.source, mine.body.account.name],
      [csm.id, true, 'manual', 'Initech'],
    );
    const later = (await csm.client.post('/api/v1/tasks', { title: 'Plan renewal', dueOn: '2026-10-01' }))
      .body;
    await ws.api.post('/api/v1/tasks', { title: 'Admin things', ownerId: ws.admin.id });

    const overdue = (await csm.client.get('/api/v1/tasks?ownerId=me&overdue=true')).body.data as T[];
    assert.deepEqual(
      overdue.map((t) => t.id),
      [mine.body.id],
    );
    const all = (await csm.client.get('/api/v1/tasks?ownerId=me')).body.data as T[];
    assert.deepEqual(
      all.map((t) => t.id),
      [mine.body.id, later.id],
      'soonest due first',
    );
    assert.equal((await ws.api.get('/api/v1/tasks?ownerId=me')).status, 400, 'an API key has no "me"');
    assert.equal((await ws.api.get(`/api/v1/tasks?accountId=${acc.id}`)).body.data.length, 1);

    const snoozed = await csm.client.patch(`/api/v1/tasks/${mine.body.id}`, { snoozedUntil: '2026-09-12' });
    assert.equal(snoozed.body.snoozed, true, snoozed.text);
    const awake = (await csm.client.get('/api/v1/tasks?ownerId=me&snoozed=false')).body.data as T[];
    assert.deepEqual(
      awake.map((t) => t.id),
      [later.id],
    );

    const done = await csm.client.patch(`/api/v1/tasks/${mine.body.id}`, { status: 'done' });
    assert.deepEqual([done.body.status, done.body.overdue, done.body.snoozedUntil], ['done', false, null]);
    assert.ok(done.body.doneAt);
    const open = (await csm.client.get('/api/v1/tasks?ownerId=me&status=open')).body.data as T[];
    assert.deepEqual(
      open.map((t) => t.id),
      [later.id],
    );
    const reopened = await csm.client.patch(`/api/v1/tasks/${mine.body.id}`, { status: 'open' });
    assert.deepEqual([reopened.body.status, reopened.body.doneAt], ['open', null]);
    assert.equal((await csm.client.delete(`/api/v1/tasks/${later.id}`)).status, 204);
    assert.equal((await csm.client.get(`/api/v1/tasks/${later.id}`)).status, 404);
  });

  test('"my work" lists what needs me: due and overdue tasks, check-ins and promises coming up', async () => {
    h().clock.set('2026-09-10T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Umbrella', ownerId: csm.id })).body;
    const overdue = (await csm.client.post('/api/v1/tasks', { title: 'Late one', dueOn: '2026-09-01' })).body;
    const today = (await csm.client.post('/api/v1/tasks', { title: 'Today', dueOn: '2026-09-10' })).body;
    await csm.client.post('/api/v1/tasks', { title: 'Next month', dueOn: '2026-10-10' });
    const snoozed = (await csm.client.post('/api/v1/tasks', { title: 'Snoozed', dueOn: '2026-09-09' })).body;
    await csm.client.patch(`/api/v1/tasks/${snoozed.id}`, { snoozedUntil: '2026-09-11' });
    await ws.api.post('/api/v1/tasks', { title: 'Not mine', dueOn: '2026-09-01', ownerId: ws.admin.id });
    const late = (
      await csm.client.post('/api/v1/promises', {
        accountId: acc.id,
        title: 'Late promise',
        dueOn: '2026-09-05',
        promisedOn: '2026-08-01',
      })
    ).body;
    const soon = (
      await csm.client.post('/api/v1/promises', { accountId: acc.id, title: 'Soon', dueOn: '2026-09-15' })
    ).body;
    await csm.client.post('/api/v1/promises', { accountId: acc.id, title: 'Far', dueOn: '2026-12-15' });
    h().clock.set('2026-09-01T12:00:00Z');
    const checkin = await ws.api.post('/api/v1/checkins', {
      accountId: acc.id,
      scheduledOn: '2026-09-08',
      ownerId: csm.id,
    });
    assert.equal(checkin.status, 201, checkin.text);
    h().clock.set('2026-09-10T12:00:00Z');

    const work = await csm.client.get('/api/v1/my-work');
    assert.equal(work.status, 200, work.text);
    assert.equal(work.body.today, '2026-09-10');
    assert.deepEqual(
      work.body.tasks.map((t: T) => t.id),
      [overdue.id, today.id],
    );
    assert.deepEqual(
      work.body.promises.map((p: P) => p.id),
      [late.id, soon.id],
    );
    assert.deepEqual(
      work.body.checkins.map((c: P) => c.id),
      [checkin.body.id],
    );
    assert.deepEqual(work.body.counts, {
      overdueTasks: 1,
      overdueCheckins: 1,
      overduePromises: 1,
      overduePlanTasks: 0,
    });
    assert.equal((await ws.api.get('/api/v1/my-work')).status, 400, 'an API key must say whose work');
    const forCsm = await ws.api.get(`/api/v1/my-work?ownerId=${csm.id}`);
    assert.equal(forCsm.body.tasks.length, 2);
  });

  test('"my work" lists my open plan tasks, our side only, overdue and due this week', async () => {
    h().clock.set('2026-09-10T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const other = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Umbrella', ownerId: csm.id })).body;
    const alice = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Alice' })).body;
    const mine = (title: string, dueOn: string | null, more: object = {}) => ({
      title,
      ownerSide: 'vendor',
      ownerUserId: csm.id,
      dueOn,
      ...more,
    });
    const made = await ws.api.post('/api/v1/plans', {
      accountId: acc.id,
      kind: 'onboarding',
      title: 'Umbrella onboarding',
      ownerId: other.id,
      tasks: [
        mine('Kickoff call', '2026-09-05', { ref: 'kickoff' }),
        mine('Admin training', '2026-09-15', { dependsOn: ['kickoff'] }),
        mine('Go-live review', '2026-09-30'),
        mine('Provision accounts', '2026-09-08'),
        mine('Write the rollout notes', null),
        { title: 'Configure SSO', ownerSide: 'customer', ownerContactId: alice.id, dueOn: '2026-09-09' },
        { title: 'Data mapping', ownerSide: 'vendor', ownerUserId: other.id, dueOn: '2026-09-11' },
      ],
    });
    assert.equal(made.status, 201, made.text);
    const plan = made.body as { id: string; tasks: { id: string; title: string }[] };
    const id = (title: string) => plan.tasks.find((t) => t.title === title)?.id;
    const done = await ws.api.patch(`/api/v1/plans/${plan.id}/tasks/${id('Provision accounts')}`, {
      status: 'done',
    });
    assert.equal(done.status, 200, done.text);
    const shelved = await ws.api.post('/api/v1/plans', {
      accountId: acc.id,
      title: 'Shelved pilot',
      tasks: [mine('Pilot report', '2026-09-09')],
    });
    await ws.api.patch(`/api/v1/plans/${shelved.body.id}`, { status: 'archived' });

    const work = (await csm.client.get('/api/v1/my-work')).body;
    assert.deepEqual(
      work.planTasks.map((t: { id: string }) => t.id),
      [id('Kickoff call'), id('Admin training')],
      'overdue first; not done, undated, later, customer, colleague or archived ones',
    );
    const [late, soon] = work.planTasks;
    assert.deepEqual(
      [late.overdue, late.daysOverdue, late.locked, late.plan, late.account],
      [true, 5, false, { id: plan.id, title: 'Umbrella onboarding' }, { id: acc.id, name: 'Umbrella' }],
    );
    assert.deepEqual([soon.overdue, soon.locked, soon.dueOn], [false, true, '2026-09-15']);
    assert.equal(work.counts.overduePlanTasks, 1);
    const byKey = (await ws.api.get(`/api/v1/my-work?ownerId=${other.id}`)).body;
    assert.deepEqual(
      byKey.planTasks.map((t: { title: string }) => t.title),
      ['Data mapping'],
    );
    const tomorrowOnly = (await csm.client.get('/api/v1/my-work?days=1')).body;
    assert.equal(tomorrowOnly.planTasks.length, 1);
  });

  test('bad tasks are refused and change nothing; viewers cannot write', async () => {
    const ws = await h().workspace();
    const other = await h().workspace();
    const foreign = (await other.api.post('/api/v1/accounts', { name: 'Theirs' })).body;
    const viewer = await ws.member('viewer');
    for (const body of [
      {},
      { title: '' },
      { title: 'x', dueOn: '31/12/2026' },
      { title: 'x', priority: 'asap' },
      { title: 'x', accountId: foreign.id },
      { title: 'x', ownerId: other.admin.id },
      { title: 'x', source: 'playbook' },
    ]) {
      const r = await ws.api.post('/api/v1/tasks', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    assert.equal((await viewer.client.post('/api/v1/tasks', { title: 'x' })).status, 403);
    assert.equal((await ws.api.get('/api/v1/tasks')).body.data.length, 0);
    const t = (await ws.api.post('/api/v1/tasks', { title: 'Real' })).body;
    assert.equal((await ws.api.patch(`/api/v1/tasks/${t.id}`, { status: 'finished' })).status, 400);
    assert.equal((await ws.api.get(`/api/v1/tasks/${t.id}`)).body.status, 'open');
  });

  test("another workspace's tasks answer 404 and change nothing", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const t = (await theirs.api.post('/api/v1/tasks', { title: 'Theirs', ownerId: theirs.admin.id })).body;
    assert.equal((await mine.api.get(`/api/v1/tasks/${t.id}`)).status, 404);
    assert.equal((await mine.api.patch(`/api/v1/tasks/${t.id}`, { status: 'done' })).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/tasks/${t.id}`)).status, 404);
    assert.equal((await mine.api.get('/api/v1/tasks')).body.data.length, 0);
    assert.equal((await theirs.api.get(`/api/v1/tasks/${t.id}`)).body.status, 'open');
  });
});

describeEachDatabase('cursors', (h) => {
  test('a forged cursor is refused with 400 on every list sorted by a day, never a 500', async () => {
    const ws = await h().workspace();
    const forged = (v: unknown) =>
      Buffer.from(JSON.stringify([v, '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10'])).toString('base64url');
    for (const path of ['/api/v1/tasks', '/api/v1/promises', '/api/v1/checkins']) {
      for (const v of ['x', 12, '2026-99-99']) {
        const r = await ws.api.get(`${path}?cursor=${forged(v)}`);
        assert.equal(r.status, 400, `${path} ${JSON.stringify(v)} → ${r.text}`);
      }
    }
  });
});
