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
