import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drainIngestion, pruneUsageEvents, refreshAllUsageFigures } from '../../src/modules/usage/index.ts';
import { describeEachDatabase } from '../harness/index.ts';
import { createSource, ingest, track } from './helpers.ts';

const NOW = '2026-11-22T12:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();

describeEachDatabase('Usage rollups', (h) => {
  const setup = async () => {
    h().clock.set(NOW);
    const ws = await h().workspace();
    const admin = (await ws.member('admin')).client;
    const source = await createSource(admin);
    // The account figures are refreshed just after the commit: wait for that too.
    const send = async (batch: unknown[]) => {
      const r = await ingest(h().app, '/v1/batch', { batch }, { writeKey: source.writeKey });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      await drainIngestion(h().runtime.platform);
    };
    return { ws, admin, send };
  };

  test('per day, per event and per person, with trend, active users, features and people', async () => {
    const { ws, send } = await setup();
    await send([
      { type: 'group', userId: 'ann', groupId: 'acme', traits: { name: 'Acme', plan: 'Enterprise' } },
    ]);
    await send([{ type: 'identify', userId: 'ann', traits: { email: 'ann@acme.example', name: 'Ann Lee' } }]);
    await send([{ type: 'group', userId: 'bob', groupId: 'acme' }]);
    const events = [
      // the 30 days before the last 30: 2 events
      track({ userId: 'ann', event: 'Login', timestamp: daysAgo(45) }),
      track({ userId: 'ann', event: 'Login', timestamp: daysAgo(40) }),
      // the last 30 days: 5 events by ann (3 days), 1 by bob
      track({ userId: 'ann', event: 'Login', timestamp: daysAgo(20) }),
      track({ userId: 'ann', event: 'Report Exported', timestamp: daysAgo(20) }),
      track({ userId: 'ann', event: 'Login', timestamp: daysAgo(3) }),
      track({ userId: 'ann', event: 'Login', timestamp: daysAgo(0) }),
      { type: 'page', name: 'Dashboard', userId: 'ann', messageId: 'p-1', timestamp: daysAgo(0) },
      track({ userId: 'bob', event: 'Login', timestamp: daysAgo(6) }),
    ];
    await send(events);
    const feature = await ws.api.post('/api/v1/features', { name: 'Exports', event: 'Report Exported' });
    assert.equal(feature.status, 201);
    await ws.api.post('/api/v1/features', { name: 'Alerts', event: 'Alert Created' });

    const list = await ws.api.get('/api/v1/accounts?q=acme');
    const account = list.body.data[0];
    assert.equal(account.customFields.plan, 'Enterprise');
    assert.deepEqual(
      [account.usage.events30d, account.usage.activeUsers30d, account.usage.lastSeenAt],
      [6, 2, daysAgo(0)],
    );

    const u = (await ws.api.get(`/api/v1/accounts/${account.id}/usage?from=${daysAgo(59).slice(0, 10)}`))
      .body;
    assert.equal(u.to, NOW.slice(0, 10));
    assert.equal(u.totalEvents, 8);
    assert.deepEqual(u.trend, { current: 6, previous: 2, change: 2 });
    assert.deepEqual(u.activeUsers, { daily: 1, weekly: 2, monthly: 2 });
    assert.deepEqual(u.byEvent[0], { name: 'Login', count: 6 });
    assert.ok(u.byEvent.some((e: { name: string }) => e.name === 'page:Dashboard'));
    assert.equal(u.byDay.length, 60, 'every day of the range, zeros included');
    assert.equal(u.byDay.at(-1).events, 2);
    assert.equal(u.byDay.at(-1).users, 1);
    const exports = u.features.find((f: { name: string }) => f.name === 'Exports');
    assert.deepEqual(
      [exports.adopted, exports.count, exports.firstUsed],
      [true, 1, daysAgo(20).slice(0, 10)],
    );
    assert.equal(u.features.find((f: { name: string }) => f.name === 'Alerts').adopted, false);
    assert.equal(u.topUsers[0].email, 'ann@acme.example');
    assert.equal(u.topUsers[0].name, 'Ann Lee');
    assert.ok(u.topUsers[0].contactId, 'the person links to their contact');
    assert.deepEqual([u.topUsers[0].events, u.topUsers[0].activeDays], [7, 5]);

    const sorted = await ws.api.get('/api/v1/accounts?sort=-events30d');
    assert.equal(sorted.body.data[0].id, account.id);
    const inactive = await ws.api.get('/api/v1/accounts?inactiveDays=7');
    assert.ok(!inactive.body.data.some((a: { id: string }) => a.id === account.id));
    const bad = await ws.api.get(`/api/v1/accounts/${account.id}/usage?from=2026-12-01&to=2026-11-01`);
    assert.equal(bad.status, 400);
  });

  test('anonymous use before sign-up counts for the account once the person is identified and grouped', async () => {
    const { ws, send } = await setup();
    await send([
      track({ userId: undefined, anonymousId: 'anon-7', event: 'Pricing Viewed', timestamp: daysAgo(2) }),
      track({ userId: undefined, anonymousId: 'anon-7', event: 'Pricing Viewed', timestamp: daysAgo(1) }),
    ]);
    await send([
      { type: 'identify', userId: 'zoe', anonymousId: 'anon-7', traits: { email: 'zoe@initech.example' } },
      { type: 'group', userId: 'zoe', groupId: 'initech', traits: { name: 'Initech' } },
      track({ userId: 'zoe', event: 'Signed Up', timestamp: daysAgo(0) }),
    ]);
    const account = (await ws.api.get('/api/v1/accounts?q=initech')).body.data[0];
    const u = (await ws.api.get(`/api/v1/accounts/${account.id}/usage`)).body;
    assert.equal(u.totalEvents, 3, 'the two anonymous events were attributed');
    assert.equal(u.activeUsers.monthly, 1, 'anon-7 and zoe are one person');
  });

  test('anonymous use counts for the account when the group comes flushes after the identify, through aliases', async () => {
    const { ws, send } = await setup();
    await send([
      track({ userId: undefined, anonymousId: 'anon-8', event: 'Pricing Viewed', timestamp: daysAgo(3) }),
      track({ userId: undefined, anonymousId: 'tab-2', event: 'Docs Viewed', timestamp: daysAgo(3) }),
    ]);
    await send([
      { type: 'identify', userId: 'yan', anonymousId: 'anon-8', traits: { email: 'yan@umbrella.example' } },
    ]);
    // A second browser signed in under an old user id, later aliased: two hops to yan.
    await send([{ type: 'identify', userId: 'yan-old', anonymousId: 'tab-2' }]);
    await send([{ type: 'alias', previousId: 'yan-old', userId: 'yan' }]);
    await send([{ type: 'group', userId: 'yan', groupId: 'umbrella', traits: { name: 'Umbrella' } }]);
    const account = (await ws.api.get('/api/v1/accounts?q=umbrella')).body.data[0];
    const u = (await ws.api.get(`/api/v1/accounts/${account.id}/usage`)).body;
    assert.equal(u.totalEvents, 2, 'both anonymous events were attributed');
    assert.equal(u.activeUsers.monthly, 1, 'one person');
  });

  test('a person identified before any group becomes a contact when a track names their group', async () => {
    const { ws, send } = await setup();
    await send([
      { type: 'identify', userId: 'kim', traits: { email: 'kim@globex.example', name: 'Kim Park' } },
      { type: 'identify', userId: 'lee', traits: { email: 'lee@globex.example' } },
      { type: 'identify', userId: 'anon-user', traits: { plan: 'trial' } },
    ]);
    await send([
      track({ userId: 'kim', context: { groupId: 'globex' }, timestamp: daysAgo(1) }),
      track({ userId: 'kim', context: { groupId: 'globex' }, timestamp: daysAgo(0) }),
      track({ userId: 'lee', context: { groupId: 'globex' }, timestamp: daysAgo(0) }),
      track({ userId: 'anon-user', context: { groupId: 'globex' }, timestamp: daysAgo(0) }),
    ]);
    const account = (await ws.api.get('/api/v1/accounts?q=globex')).body.data[0];
    const contacts = (await ws.api.get(`/api/v1/contacts?accountId=${account.id}`)).body.data;
    assert.deepEqual(
      contacts.map((c: { email: string; firstName: string }) => [c.email, c.firstName]),
      [
        ['kim@globex.example', 'Kim'],
        ['lee@globex.example', 'lee'],
      ],
      'each is a contact once (named from the email when that is all there is); a person with neither stays a product user',
    );
    const warnings = (await ws.api.get('/api/v1/ingestion/warnings')).body.data;
    assert.equal(warnings.length, 0);
  });

  test("a deleted account's group makes a new account at its next event; its people and links follow", async () => {
    const { ws, send } = await setup();
    await send([
      { type: 'group', userId: 'ann', groupId: 'acme', traits: { name: 'Acme' } },
      { type: 'identify', userId: 'ann', traits: { email: 'ann@acme.example', name: 'Ann Lee' } },
      track({ userId: 'ann', timestamp: daysAgo(1) }),
    ]);
    const old = (await ws.api.get('/api/v1/accounts?q=acme')).body.data[0];
    assert.equal((await ws.api.delete(`/api/v1/accounts/${old.id}`)).status, 204);
    // The group and ann were cached with the old account: a track naming the group is the
    // first thing to see that they are gone.
    await send([track({ userId: 'ann', context: { groupId: 'acme' }, timestamp: daysAgo(0) })]);
    // A group call with traits for the deleted account failed its whole flush before.
    const bystander = track({ userId: 'someone-else', context: { groupId: 'other' } });
    await send([
      { type: 'group', userId: 'ann', groupId: 'acme', traits: { name: 'Acme Corp' } },
      track({ userId: 'ann', timestamp: daysAgo(0) }),
      bystander,
    ]);
    await send([track({ userId: 'ann', timestamp: daysAgo(0), event: 'Login' })]);
    const accounts = (await ws.api.get('/api/v1/accounts?q=acme')).body.data;
    assert.deepEqual(
      accounts.map((a: { name: string }) => a.name),
      ['Acme Corp'],
    );
    const fresh = accounts[0];
    assert.notEqual(fresh.id, old.id);
    const u = (await ws.api.get(`/api/v1/accounts/${fresh.id}/usage`)).body;
    assert.equal(u.totalEvents, 3, 'the events after the delete count for the new account');
    const contacts = (await ws.api.get(`/api/v1/contacts?accountId=${fresh.id}`)).body.data;
    assert.deepEqual(
      contacts.map((c: { email: string }) => c.email),
      ['ann@acme.example'],
      'ann is a contact again, of the new account',
    );
    assert.equal((await ws.api.get('/api/v1/accounts?q=other')).body.data.length, 1);
    assert.equal((await ws.api.get('/api/v1/ingestion/warnings')).body.data.length, 0);
  });

  test('two sources in one flush: the second sees the account the first just gave, and so do later flushes', async () => {
    const { ws, admin, send } = await setup();
    const web = await createSource(admin, 'Web app');
    await send([
      { type: 'identify', userId: 'zoe', traits: { email: 'zoe@initech.example' }, timestamp: daysAgo(1) },
    ]);
    // Sent together, they share a flush: the backend's group first, then the web app's track.
    const backend = ingest(
      h().app,
      '/v1/batch',
      {
        batch: [{ type: 'group', userId: 'zoe', groupId: 'initech', traits: { name: 'Initech' } }],
      },
      { writeKey: (await createSource(admin, 'Backend')).writeKey },
    );
    const browser = ingest(
      h().app,
      '/v1/batch',
      { batch: [track({ userId: 'zoe', timestamp: daysAgo(0) })] },
      {
        writeKey: web.writeKey,
      },
    );
    assert.deepEqual([(await backend).status, (await browser).status], [200, 200]);
    const later = await ingest(
      h().app,
      '/v1/batch',
      { batch: [track({ userId: 'zoe', timestamp: daysAgo(0) })] },
      {
        writeKey: web.writeKey,
      },
    );
    assert.equal(later.status, 200);
    await drainIngestion(h().runtime.platform);
    const account = (await ws.api.get('/api/v1/accounts?q=initech')).body.data[0];
    const u = (await ws.api.get(`/api/v1/accounts/${account.id}/usage`)).body;
    assert.equal(u.totalEvents, 2, "both of the web app's events count for Initech");
  });

  test('a group finds the account the team already has: by CRM id or by domain, without overwriting it', async () => {
    const { ws, send } = await setup();
    const crm = (
      await ws.api.post('/api/v1/accounts', {
        name: 'Globex Corp',
        externalId: 'salesforce:001ABC',
        arr: 50000,
      })
    ).body;
    const byDomain = (await ws.api.post('/api/v1/accounts', { name: 'Umbrella', domain: 'umbrella.example' }))
      .body;
    await send([
      { type: 'group', userId: 'g1', groupId: '001ABC', traits: { name: 'globex-prod', mrr: 10 } },
      {
        type: 'group',
        userId: 'u1',
        groupId: 'umb-42',
        traits: { name: 'umbrella-app', domain: 'umbrella.example', plan: 'Enterprise' },
      },
      track({ userId: 'g1', timestamp: daysAgo(0) }),
      track({ userId: 'u1', timestamp: daysAgo(0) }),
    ]);
    const all = (await ws.api.get('/api/v1/accounts?limit=50')).body.data;
    assert.equal(all.length, 2, 'no duplicate accounts were made');
    const globex = all.find((a: { id: string }) => a.id === crm.id);
    assert.deepEqual(
      [globex.name, globex.arr, globex.usage.events30d],
      ['Globex Corp', 50000, 1],
      "the CRM's values stay",
    );
    const umbrella = all.find((a: { id: string }) => a.id === byDomain.id);
    assert.deepEqual(
      [umbrella.name, umbrella.tier, umbrella.usage.events30d],
      ['Umbrella', 'enterprise', 1],
      'empty fields are filled',
    );
    await send([track({ userId: 'someone', context: { groupId: 'umb-42' }, timestamp: daysAgo(0) })]);
    assert.equal(
      (await ws.api.get(`/api/v1/accounts/${byDomain.id}`)).body.usage.events30d,
      2,
      'the link is remembered',
    );
  });

  test('sorting by last seen, oldest first, starts with the accounts never seen, across pages', async () => {
    const { ws, send } = await setup();
    for (const name of ['Never A', 'Never B', 'Never C']) await ws.api.post('/api/v1/accounts', { name });
    await send([
      { type: 'group', userId: 'p', groupId: 'old', traits: { name: 'Seen long ago' } },
      track({ userId: 'p', timestamp: daysAgo(9) }),
      { type: 'group', userId: 'q', groupId: 'new', traits: { name: 'Seen today' } },
      track({ userId: 'q', timestamp: daysAgo(0) }),
    ]);
    const walk = async (sort: string) => {
      const names: string[] = [];
      let cursor = '';
      do {
        const page = (
          await ws.api.get(`/api/v1/accounts?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).body;
        names.push(...page.data.map((a: { name: string }) => a.name));
        cursor = page.nextCursor ?? '';
      } while (cursor);
      return names;
    };
    const oldest = await walk('lastSeen');
    assert.deepEqual(oldest.slice(3), ['Seen long ago', 'Seen today']);
    assert.deepEqual([...oldest.slice(0, 3)].sort(), ['Never A', 'Never B', 'Never C']);
    const newest = await walk('-lastSeen');
    assert.deepEqual(newest.slice(0, 2), ['Seen today', 'Seen long ago']);
    assert.equal(newest.length, 5);
  });

  test('retention prunes raw events; rollups and figures stay, and the hourly refresh slides the window', async () => {
    const { ws, admin, send } = await setup();
    assert.equal(
      (await admin.patch('/api/v1/workspace', { usageRetentionDays: 30 })).body.usageRetentionDays,
      30,
    );
    assert.equal((await admin.patch('/api/v1/workspace', { usageRetentionDays: 5 })).status, 400);
    await send([
      { type: 'group', userId: 'kim', groupId: 'umbrella' },
      track({ userId: 'kim', timestamp: daysAgo(0) }),
    ]);
    const account = (await ws.api.get('/api/v1/accounts?q=umbrella')).body.data[0];
    const before = (await ws.api.get(`/api/v1/accounts/${account.id}/usage`)).body;

    h().clock.set(new Date(Date.parse(NOW) + 31 * 86_400_000).toISOString());
    const db = h().runtime.platform.db;
    assert.ok((await pruneUsageEvents(db, h().clock.now())) >= 2);
    const left = await db.selectFrom('usage_events').select('id').where('workspace_id', '=', ws.id).execute();
    assert.equal(left.length, 0);
    const after = (await ws.api.get(`/api/v1/accounts/${account.id}/usage?to=${NOW.slice(0, 10)}`)).body;
    assert.equal(after.totalEvents, before.totalEvents, 'rollups outlive the raw events');

    await refreshAllUsageFigures(db, h().clock.now());
    const aged = (await ws.api.get(`/api/v1/accounts/${account.id}`)).body;
    assert.deepEqual([aged.usage.events30d, aged.usage.activeUsers30d], [0, 0]);
    assert.equal(aged.usage.lastSeenAt, daysAgo(0), 'last seen stays');
    h().clock.reset();
  });
});
