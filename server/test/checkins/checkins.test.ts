import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleMissingCheckins } from '../../src/modules/checkins/index.ts';
import { updateWorkspace } from '../../src/modules/workspaces/index.ts';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../harness/index.ts';

type Checkin = {
  id: string;
  account: { id: string; name: string };
  owner: { id: string } | null;
  scheduledOn: string;
  status: string;
  heldOn: string | null;
  attendees: Array<{ type: string; id: string; name: string }>;
  notes: string | null;
  sentiment: string | null;
  overdue: boolean;
  daysOverdue: number;
};
type Need = { id: string; title: string; status: string; source: string; checkinId: string | null };
type HistoryEntry = {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  checkin: { id: string } | null;
};

describeEachDatabase('check-ins and needs', (h) => {
  const sweep = (hh: Harness) =>
    scheduleMissingCheckins({
      db: hh.runtime.platform.db,
      clock: hh.clock,
      log: hh.runtime.platform.log,
      job: { id: 'test-sweep', workspaceId: null, attempt: 1, maxAttempts: 1 },
    });

  const customer = async (ws: TestWorkspace, body: Record<string, unknown>) => {
    const r = await ws.api.post('/api/v1/accounts', { stage: 'customer', ...body });
    assert.equal(r.status, 201, r.text);
    return r.body as { id: string; name: string };
  };
  const contact = async (ws: TestWorkspace, accountId: string, firstName: string) =>
    (await ws.api.post('/api/v1/contacts', { accountId, firstName })).body as { id: string; name: string };
  const need = async (
    ws: TestWorkspace,
    accountId: string,
    title: string,
    extra: Record<string, unknown> = {},
  ) => {
    const r = await ws.api.post('/api/v1/needs', { accountId, title, ...extra });
    assert.equal(r.status, 201, r.text);
    return r.body as Need;
  };
  const history = async (ws: TestWorkspace, needId: string) =>
    (await ws.api.get(`/api/v1/needs/${needId}/history`)).body.data as HistoryEntry[];
  test('a check-in held reassesses the needs, keeps their history and schedules the next from the cadence', async () => {
    h().clock.set('2026-01-31T15:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = await customer(ws, { name: 'Initech', tier: 'enterprise', ownerId: csm.id });
    const peter = await contact(ws, acc.id, 'Peter');
    const reports = await need(ws, acc.id, 'TPS reports in one click', {
      priority: 'high',
      source: 'meeting',
    });
    const printer = await need(ws, acc.id, 'A printer that works');
    assert.deepEqual([reports.status, reports.source, printer.source], ['open', 'meeting', 'other']);

    const scheduled = await csm.client.post('/api/v1/checkins', {
      accountId: acc.id,
      scheduledOn: '2026-01-31',
    });
    assert.equal(scheduled.status, 201, scheduled.text);
    const checkin = scheduled.body as Checkin;
    assert.deepEqual(
      [checkin.status, checkin.owner?.id, checkin.account.name],
      ['scheduled', csm.id, 'Initech'],
    );
    const twice = await csm.client.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-02-03' });
    assert.equal(twice.status, 409, 'one scheduled check-in per account');

    const done = await csm.client.post(`/api/v1/checkins/${checkin.id}/complete`, {
      attendees: [
        { type: 'contact', id: peter.id },
        { type: 'user', id: csm.id },
      ],
      notes: 'Peter wants the reports automated before the audit.',
      sentiment: 'positive',
      needs: [
        { needId: reports.id, status: 'being_addressed', note: 'Engineering picked it up' },
        { needId: printer.id, status: 'open' },
      ],
      newNeeds: [{ title: 'Single sign-on with Okta', priority: 'high' }],
    });
    assert.equal(done.status, 200, done.text);
    const held = done.body.checkin as Checkin;
    assert.deepEqual(
      [held.status, held.heldOn, held.sentiment, held.overdue],
      ['done', '2026-01-31', 'positive', false],
    );
    assert.deepEqual(
      held.attendees.map((a) => [a.type, a.id, a.name]),
      [
        ['contact', peter.id, 'Peter'],
        ['user', csm.id, csm.ctx.actor.type === 'user' ? csm.ctx.actor.name : ''],
      ],
    );
    const next = done.body.next as Checkin;
    assert.equal(next.scheduledOn, '2026-02-28', 'enterprise is monthly: 31 January + 1 month');
    assert.equal(next.owner?.id, csm.id, 'the same owner');
    assert.equal(next.status, 'scheduled');

    const addressed = await history(ws, reports.id);
    assert.deepEqual(
      addressed.map((e) => [e.kind, e.toStatus]),
      [
        ['created', 'open'],
        ['status', 'being_addressed'],
      ],
    );
    assert.equal(addressed[1]?.checkin?.id, checkin.id);
    assert.equal(addressed[1]?.note, 'Engineering picked it up');
    assert.deepEqual(
      (await history(ws, printer.id)).map((e) => e.kind),
      ['created', 'reassessed'],
      'a need confirmed as it was is still reassessed',
    );
    assert.equal((await ws.api.get(`/api/v1/needs/${reports.id}`)).body.status, 'being_addressed');
    const created = (await ws.api.get(`/api/v1/needs/${done.body.createdNeedIds[0]}`)).body as Need;
    assert.deepEqual(
      [created.title, created.source, created.checkinId],
      ['Single sign-on with Okta', 'checkin', checkin.id],
    );

    assert.equal(
      (await csm.client.post(`/api/v1/checkins/${checkin.id}/complete`, { sentiment: 'neutral' })).status,
      409,
    );
    assert.equal((await ws.api.get(`/api/v1/needs?accountId=${acc.id}&active=true`)).body.data.length, 3);
    assert.equal(
      (await ws.api.get(`/api/v1/needs?accountId=${acc.id}&status=being_addressed`)).body.data.length,
      1,
    );

    await h().drain();
    const titles = (
      (await ws.api.get(`/api/v1/accounts/${acc.id}/timeline`)).body.data as Array<{ title: string }>
    ).map((e) => e.title);
    for (const t of [
      'Check-in held',
      'Need being addressed: TPS reports in one click',
      'Need: Single sign-on with Okta',
    ])
      assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
  });

  test('needs: status changes and notes are kept in the history; lists filter by owner and status', async () => {
    h().clock.set('2026-04-10T10:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = await customer(ws, { name: 'Hooli' });
    const mine = (
      await csm.client.post('/api/v1/needs', {
        accountId: acc.id,
        title: 'Faster exports',
        detail: 'CSV of 1M rows in under a minute',
        ownerId: csm.id,
      })
    ).body as Need;
    await need(ws, acc.id, 'A second region');
    const moved = await csm.client.patch(`/api/v1/needs/${mine.id}`, {
      status: 'met',
      note: 'Shipped in 4.2',
      priority: 'high',
    });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual([moved.body.status, moved.body.priority], ['met', 'high']);
    assert.ok(moved.body.lastAssessedAt);
    const noted = await csm.client.patch(`/api/v1/needs/${mine.id}`, { note: 'Customer confirmed' });
    assert.equal(noted.status, 200);
    assert.equal(noted.body.detail, 'CSV of 1M rows in under a minute', 'a field left out is kept');
    assert.deepEqual(
      (await history(ws, mine.id)).map((e) => `${e.kind}:${e.fromStatus}>${e.toStatus}:${e.note}`),
      [
        'created:null>open:null',
        'edited:null>null:null',
        'status:open>met:Shipped in 4.2',
        'reassessed:met>met:Customer confirmed',
      ],
    );
    const names = async (c: typeof csm.client, q: string) =>
      ((await c.get(`/api/v1/needs?${q}`)).body.data as Need[]).map((n) => n.title);
    assert.deepEqual(await names(csm.client, 'ownerId=me'), ['Faster exports']);
    assert.deepEqual(await names(ws.api, `ownerId=${csm.id}`), ['Faster exports']);
    assert.deepEqual(await names(ws.api, 'status=open'), ['A second region']);
    assert.deepEqual(await names(ws.api, 'status=met&active=true'), []);
    assert.equal((await ws.api.get('/api/v1/needs?ownerId=me')).status, 400, 'an API key has no "me"');
    assert.equal((await ws.api.get('/api/v1/needs?status=done')).status, 400);
    const page1 = await ws.api.get('/api/v1/needs?limit=1&count=true');
    assert.equal(page1.body.total, 2);
    const page2 = await ws.api.get(`/api/v1/needs?limit=1&cursor=${page1.body.nextCursor}`);
    assert.deepEqual(
      [page1.body.data[0].title, page2.body.data[0].title],
      ['A second region', 'Faster exports'],
    );
  });

  test('overdue check-ins surface as the clock moves, in the workspace time zone; ownerId=me', async () => {
    h().clock.set('2026-03-02T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const a = await customer(ws, { name: 'Alpha', ownerId: csm.id });
    const b = await customer(ws, { name: 'Bravo' });
    assert.equal(
      (await csm.client.post('/api/v1/checkins', { accountId: a.id, scheduledOn: '2026-03-03' })).status,
      201,
    );
    const forB = await ws.api.post('/api/v1/checkins', {
      accountId: b.id,
      scheduledOn: '2026-03-05',
      ownerId: ws.admin.id,
    });
    assert.equal(forB.body.owner.id, ws.admin.id);
    const list = async (q: string) => (await ws.api.get(`/api/v1/checkins?${q}`)).body.data as Checkin[];
    const mine = (await csm.client.get('/api/v1/checkins?ownerId=me')).body.data as Checkin[];
    assert.deepEqual(
      mine.map((c) => c.account.name),
      ['Alpha'],
    );
    assert.deepEqual(await list('overdue=true'), []);

    h().clock.set('2026-03-04T11:30:00Z');
    let overdue = await list('overdue=true');
    assert.deepEqual(
      overdue.map((c) => [c.account.name, c.daysOverdue]),
      [['Alpha', 1]],
    );
    await updateWorkspace({ ctx: ws.ctx, input: { timezone: 'Pacific/Auckland' } });
    // 11:30 UTC on 4 March is 00:30 on 5 March in Auckland: Alpha is two days late, Bravo due today.
    overdue = await list('overdue=true');
    assert.deepEqual(
      overdue.map((c) => [c.account.name, c.daysOverdue]),
      [['Alpha', 2]],
    );
    h().clock.set('2026-03-05T11:30:00Z');
    assert.deepEqual(
      (await list('overdue=true')).map((c) => c.account.name),
      ['Alpha', 'Bravo'],
    );
    assert.deepEqual(
      (await list(`overdue=true&ownerId=${csm.id}`)).map((c) => c.account.name),
      ['Alpha'],
    );
    assert.deepEqual(
      (await list('sort=-scheduledOn')).map((c) => c.account.name),
      ['Bravo', 'Alpha'],
    );
    assert.deepEqual(
      (await list('dueBefore=2026-03-04')).map((c) => c.account.name),
      ['Alpha'],
    );
    assert.equal((await ws.api.get('/api/v1/checkins?status=done,scheduled&count=true')).body.total, 2);
    assert.equal((await ws.api.get('/api/v1/checkins?status=late')).status, 400);
    assert.equal((await ws.api.get('/api/v1/checkins?overdue=maybe')).status, 400);
    assert.equal((await ws.api.get('/api/v1/checkins?ownerId=me')).status, 400, 'an API key has no "me"');
    assert.equal((await ws.api.get('/api/v1/checkins?cursor=nonsense')).status, 400);
  });

  test('skipping keeps the reason and schedules the next a cadence later; rescheduling moves the day', async () => {
    h().clock.set('2026-05-04T09:00:00Z');
    const ws = await h().workspace();
    const acc = await customer(ws, { name: 'Pied Piper', tier: 'strategic' });
    const c = (await ws.api.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-05-06' }))
      .body as Checkin;
    const moved = await ws.api.patch(`/api/v1/checkins/${c.id}`, { scheduledOn: '2026-05-08' });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.scheduledOn, '2026-05-08');
    assert.equal((await ws.api.patch(`/api/v1/checkins/${c.id}`, { sentiment: 'positive' })).status, 409);
    const skipped = await ws.api.post(`/api/v1/checkins/${c.id}/skip`, { reason: 'Their offsite week' });
    assert.equal(skipped.status, 200, skipped.text);
    assert.deepEqual(
      [skipped.body.checkin.status, skipped.body.checkin.notes],
      ['skipped', 'Their offsite week'],
    );
    assert.equal(skipped.body.next.scheduledOn, '2026-05-22', 'strategic is biweekly from the skipped day');
    assert.equal((await ws.api.post(`/api/v1/checkins/${c.id}/skip`, { reason: 'again' })).status, 409);
    assert.equal((await ws.api.patch(`/api/v1/checkins/${c.id}`, { scheduledOn: '2026-06-01' })).status, 409);
    assert.equal(
      (await ws.api.post(`/api/v1/checkins/${c.id}/skip`, {})).status,
      400,
      'a reason is required',
    );
  });

  test('cadence: defaults per tier (admins change them), account overrides, and an idempotent sweep', async () => {
    h().clock.set('2026-06-15T08:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const admin = await ws.member('admin');
    const defaults = await ws.api.get('/api/v1/settings/checkin-cadence');
    assert.deepEqual(defaults.body, {
      strategic: 'biweekly',
      enterprise: 'monthly',
      growth: 'monthly',
      starter: 'quarterly',
      untiered: 'monthly',
    });
    assert.equal(
      (await csm.client.patch('/api/v1/settings/checkin-cadence', { starter: 'none' })).status,
      403,
    );
    assert.equal(
      (await ws.api.patch('/api/v1/settings/checkin-cadence', { starter: 'none' })).status,
      403,
      'API keys do not manage settings',
    );
    assert.equal(
      (await admin.client.patch('/api/v1/settings/checkin-cadence', { starter: 'yearly' })).status,
      400,
    );
    assert.equal(
      (await admin.client.patch('/api/v1/settings/checkin-cadence', { gold: 'weekly' })).status,
      400,
    );
    const changed = await admin.client.patch('/api/v1/settings/checkin-cadence', {
      starter: 'none',
      growth: 'weekly',
    });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual(
      [changed.body.starter, changed.body.growth, changed.body.strategic],
      ['none', 'weekly', 'biweekly'],
    );

    const growth = await customer(ws, { name: 'Growth Co', tier: 'growth' });
    const starter = await customer(ws, { name: 'Starter Co', tier: 'starter' });
    const quiet = await customer(ws, { name: 'Quiet Co' });
    const lead = (await ws.api.post('/api/v1/accounts', { name: 'Lead Co', tier: 'growth' })).body;
    const off = await ws.api.patch(`/api/v1/accounts/${quiet.id}/checkin-cadence`, { cadence: 'none' });
    assert.deepEqual(
      [off.status, off.body.cadence, off.body.override, off.body.tierDefault],
      [200, 'none', 'none', 'monthly'],
    );

    await sweep(h());
    const scheduled = (await ws.api.get('/api/v1/checkins')).body.data as Checkin[];
    assert.deepEqual(
      scheduled.map((c) => [c.account.name, c.scheduledOn]),
      [['Growth Co', '2026-06-15']],
      'only customers on a cadence, due today when never met',
    );
    await sweep(h());
    assert.equal((await ws.api.get('/api/v1/checkins')).body.data.length, 1, 'a second sweep adds nothing');
    assert.equal((await ws.api.get(`/api/v1/checkins?accountId=${lead.id}`)).body.data.length, 0);

    const weekly = await csm.client.patch(`/api/v1/accounts/${starter.id}/checkin-cadence`, {
      cadence: 'weekly',
    });
    assert.equal(weekly.status, 200, weekly.text);
    assert.deepEqual(
      [
        weekly.body.cadence,
        weekly.body.override,
        weekly.body.tierDefault,
        weekly.body.nextScheduled?.scheduledOn,
      ],
      ['weekly', 'weekly', 'none', '2026-06-15'],
    );
    const back = await csm.client.patch(`/api/v1/accounts/${starter.id}/checkin-cadence`, { cadence: null });
    assert.deepEqual([back.body.cadence, back.body.override], ['none', null]);
    const g = await ws.api.get(`/api/v1/accounts/${growth.id}/checkin-cadence`);
    assert.deepEqual([g.body.cadence, g.body.suggestedOn, g.body.lastHeldOn], ['weekly', '2026-06-15', null]);
    assert.equal(
      (await csm.client.patch(`/api/v1/accounts/${starter.id}/checkin-cadence`, { cadence: 'daily' })).status,
      400,
    );
    assert.equal((await csm.client.patch(`/api/v1/accounts/${starter.id}/checkin-cadence`, {})).status, 400);
    await h().drain();
  });

  test('the prep sheet: rapport to mention (private only for the author), open promises and needs, what happened since', async () => {
    h().clock.set('2026-02-02T10:00:00Z');
    const ws = await h().workspace();
    const acc = await customer(ws, { name: 'Aviato', tier: 'growth' });
    const erlich = await contact(ws, acc.id, 'Erlich');
    const first = (await ws.api.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-02-02' }))
      .body;
    const held = await ws.api.post(`/api/v1/checkins/${first.id}/complete`, {
      sentiment: 'neutral',
      notes: 'Kick-off',
    });
    assert.equal(held.status, 200, held.text);
    const next = held.body.next as Checkin;
    assert.equal(next.scheduledOn, '2026-03-02');

    // Members sign in after the clock moves (sessions expire when idle).
    h().clock.set('2026-02-20T10:00:00Z');
    const csm = await ws.member('csm');
    const author = await ws.member('csm');
    const team = (
      await csm.client.post(`/api/v1/contacts/${erlich.id}/rapport`, {
        kind: 'pet',
        text: 'Got a tortoise',
        mentionAtNextCheckIn: true,
      })
    ).body;
    const secret = (
      await author.client.post(`/api/v1/contacts/${erlich.id}/rapport`, {
        kind: 'travel',
        text: 'Back from Tibet',
        mentionAtNextCheckIn: true,
        visibility: 'private',
      })
    ).body;
    await csm.client.post(`/api/v1/contacts/${erlich.id}/rapport`, { kind: 'interest', text: 'Likes kites' });
    const promise = await ws.api.post('/api/v1/promises', {
      accountId: acc.id,
      title: 'Palo Alto region',
      dueOn: '2026-03-15',
    });
    assert.equal(promise.status, 201, promise.text);
    const open = await need(ws, acc.id, 'Investor reporting', { priority: 'low' });
    const urgent = await need(ws, acc.id, 'Mobile app', { priority: 'high' });
    const met = await need(ws, acc.id, 'Logo on the dashboard');
    await ws.api.patch(`/api/v1/needs/${met.id}`, { status: 'met' });
    await ws.api.post(`/api/v1/accounts/${acc.id}/timeline`, {
      kind: 'call',
      body: 'Erlich called about pricing',
    });
    await h().drain();

    const prep = await csm.client.get(`/api/v1/checkins/${next.id}/prep`);
    assert.equal(prep.status, 200, prep.text);
    assert.equal(prep.body.account.name, 'Aviato');
    assert.equal(prep.body.lastCheckin.id, first.id);
    assert.equal(prep.body.since, '2026-02-02');
    assert.deepEqual(
      prep.body.rapport.map(
        (r: { contact: { name: string }; fact: { text: string } }) => `${r.contact.name}: ${r.fact.text}`,
      ),
      ['Erlich: Got a tortoise'],
    );
    assert.deepEqual(
      prep.body.promises.map((p: { title: string }) => p.title),
      ['Palo Alto region'],
    );
    assert.deepEqual(
      prep.body.needs.map((n: Need) => n.title),
      ['Mobile app', 'Investor reporting'],
      'open needs, most important first',
    );
    assert.equal(prep.body.usage.totalEvents, 0);
    assert.equal(prep.body.cadence.cadence, 'monthly');
    const timeline = prep.body.timeline.map((e: { title: string | null; body: string }) => e.title ?? e.body);
    assert.ok(timeline.includes('Erlich called about pricing'), timeline.join(' | '));
    assert.ok(timeline.includes('Need: Mobile app'), timeline.join(' | '));

    const authorPrep = await author.client.get(`/api/v1/checkins/${next.id}/prep`);
    assert.deepEqual(authorPrep.body.rapport.map((r: { fact: { text: string } }) => r.fact.text).sort(), [
      'Back from Tibet',
      'Got a tortoise',
    ]);

    // Naming a fact the actor cannot see (or one not flagged) is refused, and nothing changes.
    const refused = await csm.client.post(`/api/v1/checkins/${next.id}/complete`, {
      sentiment: 'positive',
      mentionedFactIds: [secret.id],
      needs: [{ needId: urgent.id, status: 'met' }],
    });
    assert.equal(refused.status, 400, refused.text);
    assert.equal((await ws.api.get(`/api/v1/checkins/${next.id}`)).body.status, 'scheduled');
    assert.equal((await ws.api.get(`/api/v1/needs/${urgent.id}`)).body.status, 'open');

    const done = await csm.client.post(`/api/v1/checkins/${next.id}/complete`, {
      sentiment: 'positive',
      mentionedFactIds: [team.id],
      needs: [
        { needId: urgent.id, status: 'being_addressed' },
        { needId: open.id, status: 'dropped', note: 'They hired an analyst' },
      ],
    });
    assert.equal(done.status, 200, done.text);
    const facts = (await csm.client.get(`/api/v1/contacts/${erlich.id}/rapport`)).body.data as Array<{
      text: string;
      mentionAtNextCheckIn: boolean;
    }>;
    assert.equal(
      facts.find((f) => f.text === 'Got a tortoise')?.mentionAtNextCheckIn,
      false,
      'mentioned: flag cleared',
    );
    const authorFacts = (await author.client.get(`/api/v1/contacts/${erlich.id}/rapport`)).body
      .data as typeof facts;
    assert.equal(
      authorFacts.find((f) => f.text === 'Back from Tibet')?.mentionAtNextCheckIn,
      true,
      'not mentioned: kept',
    );
  });

  test("another workspace's check-ins, needs and accounts are not found, and nothing changes", async () => {
    h().clock.set('2026-07-01T09:00:00Z');
    const ws = await h().workspace();
    const other = await h().workspace();
    const acc = await customer(ws, { name: 'Mine' });
    const person = await contact(ws, acc.id, 'Monica');
    const n = await need(ws, acc.id, 'Board reporting');
    const c = (await ws.api.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-07-02' }))
      .body as Checkin;

    const theirs = await customer(other, { name: 'Theirs' });
    const theirCheckin = (
      await other.api.post('/api/v1/checkins', { accountId: theirs.id, scheduledOn: '2026-07-02' })
    ).body as Checkin;
    const o = other.api;
    const otherAdmin = await other.member('admin');
    for (const [what, r] of [
      ['get check-in', await o.get(`/api/v1/checkins/${c.id}`)],
      ['patch check-in', await o.patch(`/api/v1/checkins/${c.id}`, { scheduledOn: '2026-07-09' })],
      ['complete', await o.post(`/api/v1/checkins/${c.id}/complete`, { sentiment: 'negative' })],
      ['skip', await o.post(`/api/v1/checkins/${c.id}/skip`, { reason: 'nope' })],
      ['prep', await o.get(`/api/v1/checkins/${c.id}/prep`)],
      ['get need', await o.get(`/api/v1/needs/${n.id}`)],
      ['patch need', await o.patch(`/api/v1/needs/${n.id}`, { status: 'dropped' })],
      ['need history', await o.get(`/api/v1/needs/${n.id}/history`)],
      ['get cadence', await o.get(`/api/v1/accounts/${acc.id}/checkin-cadence`)],
      ['set cadence', await o.patch(`/api/v1/accounts/${acc.id}/checkin-cadence`, { cadence: 'weekly' })],
      ['list by account', await o.get(`/api/v1/checkins?accountId=${acc.id}`)],
      ['needs by account', await o.get(`/api/v1/needs?accountId=${acc.id}`)],
    ] as const)
      assert.equal(r.status, 404, `${what}: ${r.text}`);
    assert.equal((await otherAdmin.client.get(`/api/v1/checkins/${c.id}/prep`)).status, 404);

    for (const [what, r] of [
      [
        'schedule on their account',
        await o.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-07-03' }),
      ],
      ['need on their account', await o.post('/api/v1/needs', { accountId: acc.id, title: 'x' })],
      [
        'reassess their need',
        await o.post(`/api/v1/checkins/${theirCheckin.id}/complete`, {
          sentiment: 'neutral',
          needs: [{ needId: n.id, status: 'met' }],
        }),
      ],
      [
        'their contact as attendee',
        await o.post(`/api/v1/checkins/${theirCheckin.id}/complete`, {
          sentiment: 'neutral',
          attendees: [{ type: 'contact', id: person.id }],
        }),
      ],
      [
        'their admin as attendee',
        await o.post(`/api/v1/checkins/${theirCheckin.id}/complete`, {
          sentiment: 'neutral',
          attendees: [{ type: 'user', id: ws.admin.id }],
        }),
      ],
      [
        'their member as owner',
        await o.patch(`/api/v1/checkins/${theirCheckin.id}`, { ownerId: ws.admin.id }),
      ],
    ] as const)
      assert.equal(r.status, 400, `${what}: ${r.text}`);

    const after = (await ws.api.get(`/api/v1/checkins/${c.id}`)).body as Checkin;
    assert.deepEqual([after.status, after.scheduledOn], ['scheduled', '2026-07-02']);
    assert.equal((await ws.api.get(`/api/v1/needs/${n.id}`)).body.status, 'open');
    assert.equal((await history(ws, n.id)).length, 1);
    assert.equal((await ws.api.get(`/api/v1/accounts/${acc.id}/checkin-cadence`)).body.override, null);
    assert.equal((await o.get(`/api/v1/checkins/${theirCheckin.id}`)).body.status, 'scheduled');
    assert.equal((await o.get('/api/v1/needs')).body.data.length, 0);
    assert.deepEqual(
      (await o.get('/api/v1/checkins')).body.data.map((x: Checkin) => x.id),
      [theirCheckin.id],
    );
  });

  test('bad input gets a 4xx and changes nothing; viewers and read keys cannot write', async () => {
    h().clock.set('2026-08-10T09:00:00Z');
    const ws = await h().workspace();
    const acc = await customer(ws, { name: 'Vandelay' });
    const elsewhere = await customer(ws, { name: 'Kramerica' });
    const n = await need(ws, acc.id, 'Import latex');
    const foreignNeed = await need(ws, elsewhere.id, 'Oil bladder');
    const c = (await ws.api.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-08-12' }))
      .body as Checkin;

    for (const body of [
      { accountId: acc.id },
      { accountId: acc.id, scheduledOn: '12/08/2026' },
      { accountId: acc.id, scheduledOn: '2026-08-09' },
      { accountId: 'not-an-id', scheduledOn: '2026-08-20' },
      { accountId: elsewhere.id, scheduledOn: '2026-08-20', workspaceId: 'x' },
      { accountId: elsewhere.id, scheduledOn: '2026-08-20', ownerId: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10' },
    ]) {
      const r = await ws.api.post('/api/v1/checkins', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    for (const body of [
      {},
      { sentiment: 'ecstatic' },
      { sentiment: 'positive', heldOn: '2026-08-11' },
      { sentiment: 'positive', nextOn: '2026-08-01' },
      { sentiment: 'positive', needs: [{ needId: foreignNeed.id, status: 'met' }] },
      {
        sentiment: 'positive',
        needs: [
          { needId: n.id, status: 'met' },
          { needId: n.id, status: 'dropped' },
        ],
      },
      { sentiment: 'positive', needs: [{ needId: n.id, status: 'done' }] },
      { sentiment: 'positive', newNeeds: [{ title: '  ' }] },
      { sentiment: 'positive', attendees: [{ type: 'robot', id: n.id }] },
      { sentiment: 'positive', attendees: [{ type: 'contact', id: n.id }] },
      { sentiment: 'positive', notes: 'x'.repeat(20_001) },
    ]) {
      const r = await ws.api.post(`/api/v1/checkins/${c.id}/complete`, body);
      assert.equal(r.status, 400, `${JSON.stringify(body).slice(0, 100)} → ${r.text}`);
    }
    for (const body of [
      { title: '' },
      { priority: 'urgent' },
      { status: 'closed' },
      { accountId: elsewhere.id },
    ]) {
      const r = await ws.api.patch(`/api/v1/needs/${n.id}`, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    for (const body of [
      { title: 'x' },
      { accountId: acc.id },
      { accountId: acc.id, title: 'x', source: 'twitter' },
    ]) {
      const r = await ws.api.post('/api/v1/needs', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    assert.equal((await ws.api.patch(`/api/v1/checkins/${c.id}`, { scheduledOn: '2026-08-01' })).status, 400);
    assert.equal((await ws.api.get('/api/v1/checkins/not-an-id')).status, 400);
    assert.equal((await ws.api.get('/api/v1/needs/0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10')).status, 404);

    const viewer = await ws.member('viewer');
    const readKey = await ws.apiKey('read');
    for (const client of [viewer.client, readKey]) {
      assert.equal((await client.get('/api/v1/checkins')).status, 200);
      assert.equal((await client.get(`/api/v1/checkins/${c.id}/prep`)).status, 200);
      assert.equal((await client.get(`/api/v1/needs/${n.id}/history`)).status, 200);
      for (const r of [
        await client.post('/api/v1/checkins', { accountId: elsewhere.id, scheduledOn: '2026-08-20' }),
        await client.post(`/api/v1/checkins/${c.id}/complete`, { sentiment: 'positive' }),
        await client.post(`/api/v1/checkins/${c.id}/skip`, { reason: 'x' }),
        await client.patch(`/api/v1/checkins/${c.id}`, { scheduledOn: '2026-08-20' }),
        await client.post('/api/v1/needs', { accountId: acc.id, title: 'x' }),
        await client.patch(`/api/v1/needs/${n.id}`, { status: 'met' }),
        await client.patch(`/api/v1/accounts/${acc.id}/checkin-cadence`, { cadence: 'weekly' }),
        await client.patch('/api/v1/settings/checkin-cadence', { growth: 'weekly' }),
      ])
        assert.equal(r.status, 403, r.text);
    }

    const after = (await ws.api.get(`/api/v1/checkins/${c.id}`)).body as Checkin;
    assert.deepEqual([after.status, after.scheduledOn, after.sentiment], ['scheduled', '2026-08-12', null]);
    assert.deepEqual(
      ((await ws.api.get(`/api/v1/needs?accountId=${acc.id}`)).body.data as Need[]).map((x) => [
        x.title,
        x.status,
      ]),
      [['Import latex', 'open']],
    );
    assert.equal((await history(ws, n.id)).length, 1);
    assert.equal((await history(ws, foreignNeed.id)).length, 1);
    assert.equal((await ws.api.get(`/api/v1/checkins?accountId=${elsewhere.id}`)).body.data.length, 0);
    assert.equal((await ws.api.get('/api/v1/settings/checkin-cadence')).body.growth, 'monthly');
  });
});
