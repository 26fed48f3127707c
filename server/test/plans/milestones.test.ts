import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { attachment, toCsv } from '../../src/modules/plans/csv.ts';
import { milestoneChanges, placeAt } from '../../src/modules/plans/milestones.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';

type Milestone = {
  id: string;
  title: string;
  position: number;
  dueOn: string | null;
  completedAt: string | null;
};
type Task = { id: string; title: string; status: string; milestoneId: string | null };
type Plan = { id: string; account: { id: string }; milestones: Milestone[]; tasks: Task[] };

const NOWHERE = '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10';

describe('milestone rules and CSV writing (pure)', () => {
  test('a milestone with tasks is complete exactly when all are done or skipped; one without keeps its state', () => {
    const ms = [
      { id: 'a', completedAt: null },
      { id: 'b', completedAt: '2026-01-01T00:00:00Z' },
      { id: 'c', completedAt: '2026-01-01T00:00:00Z' },
      { id: 'd', completedAt: null },
    ];
    const r = milestoneChanges(ms, [
      { milestoneId: 'a', status: 'done' },
      { milestoneId: 'a', status: 'skipped' },
      { milestoneId: 'b', status: 'done' },
      { milestoneId: 'b', status: 'blocked' },
      { milestoneId: null, status: 'not_started' },
    ]);
    assert.deepEqual(r, { complete: ['a'], reopen: ['b'] }, 'c and d have no tasks: left as they are');
  });

  test('placing a milestone: first, middle, past the end, new to the list', () => {
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'c', 0), ['c', 'a', 'b']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'a', 1), ['b', 'a', 'c']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'a', 99), ['b', 'c', 'a']);
    assert.deepEqual(placeAt(['a', 'b'], 'n', undefined), ['a', 'b', 'n']);
    assert.deepEqual(placeAt(['a', 'b'], 'n', 1), ['a', 'n', 'b']);
  });

  test('cells are quoted when they must be, and never run as formulas', () => {
    const cells = [
      'plain',
      'a, b',
      'say "hi"',
      'two\nlines',
      '=HYPERLINK("http://x")',
      '@SUM(A1)',
      -3,
      null,
      true,
    ];
    assert.equal(
      toCsv([cells]),
      `\uFEFFplain,"a, b","say ""hi""","two\nlines","'=HYPERLINK(""http://x"")",'@SUM(A1),-3,,true\r\n`,
    );
    const doc = toCsv([
      ['a', 'b'],
      ['1', 'x,y'],
    ]);
    assert.equal(doc, '\uFEFFa,b\r\n1,"x,y"\r\n');
    assert.deepEqual(parse(doc, { bom: true }), [
      ['a', 'b'],
      ['1', 'x,y'],
    ]);
  });

  test('a download is named after the title, exactly and in plain ASCII', () => {
    assert.equal(
      attachment('Café onboarding (Q3)', 'csv'),
      `attachment; filename="cafe-onboarding-q3.csv"; filename*=UTF-8''Caf%C3%A9%20onboarding%20%28Q3%29.csv`,
    );
    assert.match(attachment('日本', 'csv'), /^attachment; filename="export\.csv"; filename\*=UTF-8''%E6/);
    assert.doesNotMatch(attachment('a"b\r\nc', 'csv'), /[\r\n]|filename="[^"]*"[^;]*"/);
  });
});

describeEachDatabase('plan milestones and the CSV export', (h) => {
  /** A plan with Set-up (two tasks, one of them the customer's) and Go-live (one task). */
  const plan = async (ws: TestWorkspace, title = 'Initech onboarding') => {
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Initech', stage: 'customer' })).body;
    const peter = (
      await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Peter', lastName: 'Gibbons' })
    ).body;
    const r = await ws.api.post('/api/v1/plans', {
      accountId: acc.id,
      kind: 'onboarding',
      title,
      startsOn: '2026-03-01',
      milestones: [{ title: 'Set-up' }, { title: 'Go-live', dueOn: '2026-04-01' }],
      tasks: [
        {
          ref: 'k',
          title: 'Kickoff call',
          ownerSide: 'vendor',
          ownerUserId: ws.admin.id,
          milestone: 0,
          dueOn: '2026-03-02',
        },
        {
          title: 'Configure SSO',
          ownerSide: 'customer',
          ownerContactId: peter.id,
          milestone: 0,
          dueRule: { from: 'task', taskRef: 'k', days: 5 },
          dependsOn: ['k'],
        },
        { title: 'Go live', ownerSide: 'vendor', milestone: 1, dueOn: '2026-04-01', internal: true },
      ],
    });
    assert.equal(r.status, 201, r.text);
    return { plan: r.body as Plan, peter, acc };
  };
  const get = async (ws: TestWorkspace, id: string) => (await ws.api.get(`/api/v1/plans/${id}`)).body as Plan;

  test('milestones are added, renamed, re-dated, moved and deleted; positions stay 0, 1, 2…', async () => {
    h().clock.set('2026-03-01T12:00:00Z');
    const ws = await h().workspace();
    const { plan: p } = await plan(ws);
    const base = `/api/v1/plans/${p.id}/milestones`;
    const last = await ws.api.post(base, { title: 'Value review', dueOn: '2026-06-01' });
    assert.equal(last.status, 201, last.text);
    assert.deepEqual(
      [last.body.title, last.body.position, last.body.dueOn, last.body.completedAt],
      ['Value review', 2, '2026-06-01', null],
    );
    const first = await ws.api.post(base, { title: '  Contract signed ', position: 0 });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.title, 'Contract signed');
    const order = async () => (await get(ws, p.id)).milestones.map((m) => [m.title, m.position]);
    assert.deepEqual(await order(), [
      ['Contract signed', 0],
      ['Set-up', 1],
      ['Go-live', 2],
      ['Value review', 3],
    ]);

    const [, setup, golive] = (await get(ws, p.id)).milestones as [Milestone, Milestone, Milestone];
    const moved = await ws.api.patch(`${base}/${golive.id}`, { position: 0, title: 'Launch', dueOn: null });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual([moved.body.title, moved.body.position, moved.body.dueOn], ['Launch', 0, null]);
    assert.deepEqual(await order(), [
      ['Launch', 0],
      ['Contract signed', 1],
      ['Set-up', 2],
      ['Value review', 3],
    ]);
    const nothing = await ws.api.patch(`${base}/${golive.id}`, {});
    assert.equal(nothing.status, 200, 'an empty edit changes nothing');

    // Deleting Set-up: its tasks stay, under no milestone, with their status and dates.
    const before = await get(ws, p.id);
    const deleted = await ws.api.delete(`${base}/${setup.id}`);
    assert.equal(deleted.status, 204, deleted.text);
    const after = await get(ws, p.id);
    assert.deepEqual(
      after.milestones.map((m) => [m.title, m.position]),
      [
        ['Launch', 0],
        ['Contract signed', 1],
        ['Value review', 2],
      ],
    );
    assert.deepEqual(
      after.tasks.map((t) => [t.title, t.milestoneId]),
      [
        ['Kickoff call', null],
        ['Configure SSO', null],
        ['Go live', golive.id],
      ],
    );
    assert.deepEqual(
      after.tasks.map((t) => t.status),
      before.tasks.map((t) => t.status),
    );
    assert.equal((await ws.api.delete(`${base}/${setup.id}`)).status, 404);
    // A task can no longer be put under the deleted milestone.
    const task = after.tasks[0] as Task;
    const r = await ws.api.patch(`/api/v1/plans/${p.id}/tasks/${task.id}`, { milestoneId: setup.id });
    assert.equal(r.status, 400, r.text);
  });

  test('a milestone completes when its last task is done or skipped and reopens with a task', async () => {
    h().clock.set('2026-03-01T12:00:00Z');
    const ws = await h().workspace();
    const { plan: p, acc } = await plan(ws);
    const [kickoff, sso, live] = p.tasks as [Task, Task, Task];
    const [setup, golive] = p.milestones as [Milestone, Milestone];
    const task = (id: string, body: Record<string, unknown>) =>
      ws.api.patch(`/api/v1/plans/${p.id}/tasks/${id}`, body);
    const milestone = async (id: string) => (await get(ws, p.id)).milestones.find((m) => m.id === id);

    await task(kickoff.id, { status: 'done' });
    assert.equal((await milestone(setup.id))?.completedAt, null, 'one task of two is still open');
    h().clock.set('2026-03-05T09:30:00Z');
    assert.equal((await task(sso.id, { status: 'skipped' })).status, 200);
    assert.equal((await milestone(setup.id))?.completedAt, '2026-03-05T09:30:00.000Z');
    assert.equal((await milestone(golive.id))?.completedAt, null);

    // Reopening a task reopens its milestone; closing it again completes it again.
    await task(sso.id, { status: 'in_progress' });
    assert.equal((await milestone(setup.id))?.completedAt, null);
    await task(sso.id, { status: 'done' });
    assert.ok((await milestone(setup.id))?.completedAt);

    // A new task under a complete milestone reopens it; moving it away completes it again.
    const added = await ws.api.post(`/api/v1/plans/${p.id}/tasks`, {
      title: 'Train admins',
      ownerSide: 'vendor',
      milestoneId: setup.id,
    });
    assert.equal(added.status, 201, added.text);
    assert.equal((await milestone(setup.id))?.completedAt, null);
    await task(added.body.id, { milestoneId: golive.id });
    assert.ok((await milestone(setup.id))?.completedAt);
    // Deleting the last open tasks of Go-live completes it.
    await task(live.id, { status: 'done' });
    assert.equal((await milestone(golive.id))?.completedAt, null);
    assert.equal((await ws.api.delete(`/api/v1/plans/${p.id}/tasks/${added.body.id}`)).status, 204);
    assert.ok((await milestone(golive.id))?.completedAt);

    // By hand: only a milestone without tasks.
    const refused = await ws.api.post(`/api/v1/plans/${p.id}/milestones/${setup.id}/reopen`);
    assert.equal(refused.status, 409, refused.text);
    const empty = (await ws.api.post(`/api/v1/plans/${p.id}/milestones`, { title: 'Contract signed' })).body;
    const done = await ws.api.post(`/api/v1/plans/${p.id}/milestones/${empty.id}/complete`);
    assert.equal(done.status, 200, done.text);
    assert.ok(done.body.completedAt);
    const again = await ws.api.post(`/api/v1/plans/${p.id}/milestones/${empty.id}/complete`);
    assert.equal(again.body.completedAt, done.body.completedAt, 'completing twice keeps the first time');
    const reopened = await ws.api.post(`/api/v1/plans/${p.id}/milestones/${empty.id}/reopen`);
    assert.deepEqual([reopened.status, reopened.body.completedAt], [200, null]);
    await ws.api.post(`/api/v1/plans/${p.id}/tasks`, {
      title: 'x',
      ownerSide: 'vendor',
      milestoneId: empty.id,
    });
    const withTask = await ws.api.post(`/api/v1/plans/${p.id}/milestones/${empty.id}/complete`);
    assert.equal(withTask.status, 409, withTask.text);

    // Every change is audited; completions reach the account's timeline.
    const auditor = (await ws.member('admin')).client;
    const actions = ((await auditor.get('/api/v1/audit?limit=200')).body.data as { action: string }[]).map(
      (e) => e.action,
    );
    const count = (a: string) => actions.filter((x) => x === a).length;
    assert.equal(count('plan.milestone_completed'), 5, actions.join(' | '));
    assert.equal(count('plan.milestone_reopened'), 3, actions.join(' | '));
    assert.equal(count('plan.milestone_added'), 1);
    await h().drain();
    const timeline = (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline?limit=100`)).body.data as {
      title: string;
      body: string;
    }[];
    const entries = timeline.filter((e) => e.title === 'Milestone completed');
    assert.equal(entries.length, 5);
    assert.ok(
      entries.some((e) => e.body === '“Set-up” of “Initech onboarding” is complete.'),
      entries[0]?.body,
    );
  });

  test('the CSV export has one row per task, milestone by milestone, with overdue days for today', async () => {
    h().clock.set('2026-03-01T12:00:00Z');
    const ws = await h().workspace();
    const { plan: p } = await plan(ws, 'Initech, "Q2" onboarding');
    await ws.api.post(`/api/v1/plans/${p.id}/tasks`, { title: '=cmd|calc', ownerSide: 'vendor' });
    await ws.api.patch(`/api/v1/plans/${p.id}/tasks/${(p.tasks[0] as Task).id}`, { status: 'done' });
    h().clock.set('2026-03-10T12:00:00Z');
    const r = await ws.api.get(`/api/v1/plans/${p.id}/export.csv`);
    assert.equal(r.status, 200, r.text);
    assert.match(String(r.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(
      r.headers['content-disposition'],
      `attachment; filename="initech-q2-onboarding.csv"; filename*=UTF-8''Initech%2C%20%22Q2%22%20onboarding.csv`,
    );
    assert.equal(r.headers['cache-control'], 'private, no-store');
    const rows = parse(r.text, { bom: true }) as string[][];
    assert.deepEqual(rows[0], [
      'Milestone',
      'Task',
      'Side',
      'Owner',
      'Due',
      'Status',
      'Done on',
      'Days overdue',
      'Internal',
    ]);
    assert.deepEqual(
      rows.slice(1).map((x) => [x[0], x[1], x[2], x[4], x[5], x[6], x[7], x[8]]),
      [
        ['Set-up', 'Kickoff call', 'Vendor', '2026-03-02', 'Done', '2026-03-01', '0', 'no'],
        ['Set-up', 'Configure SSO', 'Customer', '2026-03-07', 'Not started', '', '3', 'no'],
        ['Go-live', 'Go live', 'Vendor', '2026-04-01', 'Not started', '', '0', 'yes'],
        ['', "'=cmd|calc", 'Vendor', '', 'Not started', '', '0', 'no'],
      ],
    );
    assert.equal(rows[2]?.[3], 'Peter Gibbons');

    // A read-only key may export.
    const reader = await ws.apiKey('read');
    assert.equal((await reader.get(`/api/v1/plans/${p.id}/export.csv`)).status, 200);
  });

  test('bad milestone input is refused and changes nothing; viewers cannot edit', async () => {
    h().clock.set('2026-03-01T12:00:00Z');
    const ws = await h().workspace();
    const { plan: p } = await plan(ws);
    const base = `/api/v1/plans/${p.id}/milestones`;
    const [setup] = p.milestones as [Milestone];
    for (const body of [
      {},
      { title: '' },
      { title: ' ' },
      { title: 'x'.repeat(301) },
      { title: 'x', dueOn: '2026-02-30' },
      { title: 'x', position: -1 },
      { title: 'x', position: 1.5 },
      { title: 'x', planId: p.id },
      { title: 'x', completedAt: '2026-03-01T00:00:00Z' },
    ]) {
      const r = await ws.api.post(base, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
    }
    for (const body of [{ title: '' }, { dueOn: 'soon' }, { position: 'first' }, { rating: 5 }]) {
      const r = await ws.api.patch(`${base}/${setup.id}`, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
    }
    assert.equal((await ws.api.patch(`${base}/not-an-id`, { title: 'x' })).status, 400);
    assert.deepEqual(
      (await get(ws, p.id)).milestones.map((m) => [m.title, m.position, m.dueOn]),
      [
        ['Set-up', 0, null],
        ['Go-live', 1, '2026-04-01'],
      ],
    );

    const viewer = await ws.member('viewer');
    assert.equal((await viewer.client.post(base, { title: 'x' })).status, 403);
    assert.equal((await viewer.client.patch(`${base}/${setup.id}`, { title: 'x' })).status, 403);
    assert.equal((await viewer.client.delete(`${base}/${setup.id}`)).status, 403);
    assert.equal((await viewer.client.post(`${base}/${setup.id}/complete`)).status, 403);
    assert.equal((await viewer.client.get(`/api/v1/plans/${p.id}/export.csv`)).status, 200, 'viewers read');
    assert.equal((await get(ws, p.id)).milestones.length, 2);
  });

  test('the milestone routes and the CSV export are in the OpenAPI document', async () => {
    const ws = await h().workspace();
    const doc = (await ws.api.get('/api/v1/openapi.json')).body;
    assert.ok(doc.paths['/api/v1/plans/{id}/milestones'].post);
    assert.ok(doc.paths['/api/v1/plans/{id}/milestones/{milestoneId}'].patch);
    assert.ok(doc.paths['/api/v1/plans/{id}/milestones/{milestoneId}/complete'].post);
    const csv = doc.paths['/api/v1/plans/{id}/export.csv'].get.responses['200'];
    assert.ok(csv.content['text/csv'], JSON.stringify(csv));
  });

  test("another workspace's plans and milestones answer 404 on every route and change nothing", async () => {
    h().clock.set('2026-03-01T12:00:00Z');
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const { plan: their } = await plan(theirs);
    const { plan: my } = await plan(mine);
    const theirM = (their.milestones[0] as Milestone).id;
    const myM = (my.milestones[0] as Milestone).id;
    const cases: [string, string, unknown?][] = [
      ['post', `/api/v1/plans/${their.id}/milestones`, { title: 'Mine now' }],
      ['patch', `/api/v1/plans/${their.id}/milestones/${theirM}`, { title: 'Mine now' }],
      ['delete', `/api/v1/plans/${their.id}/milestones/${theirM}`],
      ['post', `/api/v1/plans/${their.id}/milestones/${theirM}/complete`, {}],
      ['post', `/api/v1/plans/${their.id}/milestones/${theirM}/reopen`, {}],
      ['get', `/api/v1/plans/${their.id}/export.csv`],
      // Their milestone through my plan, and mine through theirs.
      ['patch', `/api/v1/plans/${my.id}/milestones/${theirM}`, { title: 'Mine now' }],
      ['delete', `/api/v1/plans/${my.id}/milestones/${theirM}`],
      ['post', `/api/v1/plans/${my.id}/milestones/${theirM}/complete`, {}],
      ['patch', `/api/v1/plans/${their.id}/milestones/${myM}`, { title: 'x' }],
      ['delete', `/api/v1/plans/${their.id}/milestones/${myM}`],
      ['patch', `/api/v1/plans/${my.id}/milestones/${NOWHERE}`, { title: 'x' }],
    ];
    for (const [method, url, body] of cases) {
      const r =
        method === 'get'
          ? await mine.api.get(url)
          : method === 'delete'
            ? await mine.api.delete(url)
            : method === 'patch'
              ? await mine.api.patch(url, body as Record<string, unknown>)
              : await mine.api.post(url, body as Record<string, unknown>);
      assert.equal(r.status, 404, `${method} ${url} → ${r.status} ${r.text}`);
    }
    const still = await get(theirs, their.id);
    assert.deepEqual(
      still.milestones.map((m) => [m.title, m.completedAt]),
      [
        ['Set-up', null],
        ['Go-live', null],
      ],
    );
    assert.deepEqual(
      (await get(mine, my.id)).milestones.map((m) => m.title),
      ['Set-up', 'Go-live'],
    );
  });
});
