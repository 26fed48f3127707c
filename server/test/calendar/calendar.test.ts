import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderFeed } from '../../src/modules/calendar/index.ts';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

const pathOf = (url: string) => new URL(url).pathname;

describeEachDatabase('the calendar feed', (h) => {
  test("a user's secret feed holds their check-ins, promise due days and dated tasks, and nobody else's", async () => {
    h().clock.set('2026-10-01T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const other = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Globex', ownerId: csm.id })).body;
    await ws.api.post('/api/v1/checkins', { accountId: acc.id, scheduledOn: '2026-10-07', ownerId: csm.id });
    await csm.client.post('/api/v1/promises', { accountId: acc.id, title: 'SAML SSO', dueOn: '2026-10-20' });
    await csm.client.post('/api/v1/tasks', {
      title: 'Send QBR deck',
      accountId: acc.id,
      dueOn: '2026-10-03',
    });
    await csm.client.post('/api/v1/tasks', { title: 'Someday', accountId: acc.id });
    await other.client.post('/api/v1/promises', {
      accountId: acc.id,
      title: 'Not mine',
      dueOn: '2026-10-21',
    });

    assert.equal((await csm.client.get('/api/v1/me/calendar-feed')).body.active, false);
    const made = await csm.client.post('/api/v1/me/calendar-feed');
    assert.equal(made.status, 201, made.text);
    assert.match(made.body.webcalUrl, /^webcal:/);
    const anon = client(h().app);
    const feed = await anon.get(pathOf(made.body.url));
    assert.equal(feed.status, 200, feed.text);
    assert.match(String(feed.headers['content-type']), /text\/calendar/);
    assert.equal(feed.headers['referrer-policy'], 'no-referrer');
    const ics = feed.text;
    assert.match(ics, /SUMMARY:Check-in: Globex/);
    assert.match(ics, /DTSTART;VALUE=DATE:20261007/);
    assert.match(ics, /SUMMARY:Promise due: SAML SSO \(Globex\)/);
    assert.match(ics, /SUMMARY:Task: Send QBR deck \(Globex\)/);
    assert.doesNotMatch(ics, /Not mine|Someday/);
    const status = (await csm.client.get('/api/v1/me/calendar-feed')).body;
    assert.equal(status.active, true);
    assert.ok(status.lastReadAt, 'a read is recorded');

    // A new link retires the old one; revoking retires it too.
    const again = (await csm.client.post('/api/v1/me/calendar-feed')).body;
    assert.equal((await anon.get(pathOf(made.body.url))).status, 404);
    assert.equal((await anon.get(pathOf(again.url))).status, 200);
    assert.equal((await csm.client.delete('/api/v1/me/calendar-feed')).status, 204);
    assert.equal((await anon.get(pathOf(again.url))).status, 404);
  });

  test('plan tasks on my side and the milestones of plans I run are in my feed, in the same window', async () => {
    h().clock.set('2026-10-01T12:00:00Z');
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const other = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Globex', ownerId: csm.id })).body;
    const hank = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Hank' })).body;
    const vendor = (title: string, dueOn: string | null, ownerUserId = csm.id) => ({
      title,
      ownerSide: 'vendor',
      ownerUserId,
      dueOn,
    });
    const made = await csm.client.post('/api/v1/plans', {
      accountId: acc.id,
      kind: 'onboarding',
      title: 'Globex onboarding',
      startsOn: '2026-09-01',
      milestones: [
        { title: 'Set-up', dueOn: '2026-10-10' },
        { title: 'Long ago', dueOn: '2026-08-01' },
        { title: 'Someday' },
      ],
      tasks: [
        { ...vendor('Kickoff call', '2026-10-05'), detail: 'Bring the rollout deck' },
        vendor('Already done', '2026-10-06'),
        vendor('Skipped one', '2026-10-06'),
        vendor('Ancient', '2026-08-20'),
        vendor('Undated', null),
        vendor('Their part', '2026-10-09', other.id),
        { title: 'Configure SSO', ownerSide: 'customer', ownerContactId: hank.id, dueOn: '2026-10-08' },
      ],
    });
    assert.equal(made.status, 201, made.text);
    const plan = made.body as {
      id: string;
      tasks: { id: string; title: string }[];
      milestones: { id: string }[];
    };
    const task = (title: string) => plan.tasks.find((t) => t.title === title)?.id;
    for (const [title, status] of [
      ['Already done', 'done'],
      ['Skipped one', 'skipped'],
    ] as const) {
      const r = await csm.client.patch(`/api/v1/plans/${plan.id}/tasks/${task(title)}`, { status });
      assert.equal(r.status, 200, r.text);
    }
    // An archived plan is nobody's work any more.
    const old = await csm.client.post('/api/v1/plans', {
      accountId: acc.id,
      title: 'Shelved pilot',
      milestones: [{ title: 'Pilot review', dueOn: '2026-10-12' }],
      tasks: [vendor('Pilot report', '2026-10-07')],
    });
    assert.equal(
      (await csm.client.patch(`/api/v1/plans/${old.body.id}`, { status: 'archived' })).status,
      200,
    );

    const anon = client(h().app);
    const read = async (who: typeof csm) => {
      const link = (await who.client.post('/api/v1/me/calendar-feed')).body;
      const feed = await anon.get(pathOf(link.url));
      assert.equal(feed.status, 200, feed.text);
      return feed.text.replace(/\r\n /g, ''); // unfold long lines
    };
    const ics = await read(csm);
    assert.match(ics, /SUMMARY:Plan task: Kickoff call — Globex/);
    assert.match(ics, new RegExp(`UID:plan-task-${task('Kickoff call')}@trustcircle`));
    assert.match(ics, /DTSTART;VALUE=DATE:20261005/);
    assert.match(
      ics,
      new RegExp(
        `DESCRIPTION:Plan: Globex onboarding\\\\nBring the rollout deck\\\\nhttp://trustcircle.test/plans/${plan.id}`,
      ),
    );
    assert.match(ics, /SUMMARY:Milestone: Set-up — Globex/);
    assert.match(ics, new RegExp(`UID:plan-milestone-${plan.milestones[0]?.id}@trustcircle`));
    assert.match(ics, /DTSTART;VALUE=DATE:20261010/);
    assert.doesNotMatch(ics, /Already done|Skipped one|Ancient|Undated|Their part|Configure SSO/);
    assert.doesNotMatch(ics, /Long ago|Someday|Pilot/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 2);

    // A colleague's feed has their task in the plan, but not the milestones of a plan they do not run.
    const theirs = await read(other);
    assert.match(theirs, /SUMMARY:Plan task: Their part — Globex/);
    assert.doesNotMatch(theirs, /Milestone:|Kickoff call/);
  });

  test('a deactivated member’s link stops working; API keys have no feed; junk links are 404', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const link = (await csm.client.post('/api/v1/me/calendar-feed')).body;
    const admin = await ws.member('admin');
    const off = await admin.client.patch(`/api/v1/members/${csm.id}`, { status: 'deactivated' });
    assert.equal(off.status, 200, off.text);
    const anon = client(h().app);
    assert.equal((await anon.get(pathOf(link.url))).status, 404);
    assert.equal((await ws.api.post('/api/v1/me/calendar-feed')).status, 403);
    assert.equal((await anon.get('/cal/not-a-token.ics')).status, 404);
    assert.equal((await anon.get(`/cal/${'a'.repeat(43)}.ics`)).status, 404);
  });
});

test('the feed renders all-day events on the right day in any server time zone, with escaped text', () => {
  // West of UTC is where a local-time formatter would put the day a day early.
  const zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  const ics = renderFeed(
    {
      checkins: [],
      tasks: [],
      promises: [
        {
          id: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10',
          account: { id: '0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e11', name: 'Acme, Inc; EU' },
          title: 'Data residency',
          detail: null,
          kind: 'feature',
          owner: null,
          contact: null,
          promisedOn: '2026-01-01',
          dueOn: '2026-02-28',
          source: 'meeting',
          status: 'open',
          overdue: false,
          daysOverdue: 0,
          resolvedOn: null,
          evidence: null,
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
        },
      ],
    },
    {
      name: 'Trust Circle',
      baseUrl: 'https://tc.example.com',
      now: new Date('2026-02-01T00:00:00Z'),
    },
  );
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
  assert.match(ics, /DTSTART;VALUE=DATE:20260228/);
  assert.match(ics, /DTSTAMP:20260201T000000Z/, 'a UTC stamp, as RFC 5545 wants');
  assert.match(ics, /SUMMARY:Promise due: Data residency \(Acme\\, Inc\\; EU\)/);
  assert.match(ics, /UID:promise-0195f0a2-7c1e-7cc1-9a51-0c2b1d6a9e10@trustcircle/);
});
