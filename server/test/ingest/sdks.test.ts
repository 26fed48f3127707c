import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { Analytics } from '@segment/analytics-node';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../harness/databases.ts';
import { ServerProcess } from '../harness/process.ts';

/**
 * The published SDKs, unchanged, against `trustcircle serve` in a child process: a team
 * points its existing SDK at us and nothing else changes. Set up through the CLI, as the
 * README tells a new user to.
 */
/** Retries an assertion for up to 10 s: "appears within seconds". */
async function eventually<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

for (const kind of databaseKinds()) {
  describe(`Segment and RudderStack SDKs against a running server [${kind}]`, () => {
    let database: TestDatabase;
    let server: ServerProcess;
    let writeKey = '';
    let apiKey = '';

    before(async () => {
      database = await openTestDatabase(kind);
      server = await ServerProcess.create(database);
      const ws = await server.cliJson<{ id: string }>('workspace', 'create', '--name', 'SDK test');
      const source = await server.cliJson<{ id: string; writeKey: string }>(
        'source',
        'create',
        '--workspace',
        ws.id,
        '--name',
        'Backend',
      );
      assert.match(source.writeKey, /^[A-Za-z0-9_-]{20,}$/);
      writeKey = source.writeKey;
      apiKey = (
        await server.cliJson<{ key: string }>('apikey', 'create', '--workspace', ws.id, '--name', 'test')
      ).key;
      await server.start();
    });
    after(async () => {
      await server?.dispose();
      await database?.drop();
    });

    const api = async (path: string): Promise<any> => {
      const r = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
      assert.equal(r.status, 200, await r.clone().text());
      return r.json();
    };
    const accountByExternalId = async (externalId: string) => {
      const page = await api('/api/v1/accounts?limit=200');
      return page.data.find((a: { externalId: string | null }) => a.externalId === externalId);
    };

    test('@segment/analytics-node: accounts, contacts and usage appear', async () => {
      const analytics = new Analytics({ writeKey, host: server.url, flushAt: 5, flushInterval: 50 });
      const failures: unknown[] = [];
      analytics.on('error', (e) => failures.push(e));
      analytics.identify({ userId: 'seg-u1', traits: { email: 'ada@globex.example', name: 'Ada Lovelace' } });
      analytics.group({
        userId: 'seg-u1',
        groupId: 'globex',
        traits: { name: 'Globex', domain: 'globex.example', mrr: 1200 },
      });
      for (let i = 0; i < 12; i++)
        analytics.track({ userId: 'seg-u1', event: 'Report Exported', properties: { i } });
      analytics.page({ userId: 'seg-u1', name: 'Dashboard' });
      await analytics.closeAndFlush({ timeout: 10_000 });
      assert.deepEqual(failures, []);

      const account = await accountByExternalId('segment:globex');
      assert.ok(account, 'the group became an account');
      assert.deepEqual([account.name, account.domain, account.mrr], ['Globex', 'globex.example', 1200]);
      const contacts = await api(`/api/v1/contacts?accountId=${account.id}`);
      assert.equal(contacts.data[0]?.email, 'ada@globex.example');
      // Last seen is refreshed just after the commit that acknowledged the events.
      const usage = await eventually(async () => {
        const u = await api(`/api/v1/accounts/${account.id}/usage`);
        assert.ok(u.lastSeenAt);
        return u;
      });
      assert.equal(usage.totalEvents, 13);
      assert.deepEqual(usage.byEvent[0], { name: 'Report Exported', count: 12 });
      assert.equal(usage.activeUsers.daily, 1);
      assert.equal(usage.topUsers[0].email, 'ada@globex.example');
    });

    test('@rudderstack/rudder-sdk-node (gzip, no timestamp): the same result', async () => {
      const client = new RudderAnalytics(writeKey, {
        dataPlaneUrl: server.url,
        flushAt: 3,
        logLevel: 'error',
      });
      client.identify({ userId: 'rs-u1', traits: { email: 'grace@initech.example', firstName: 'Grace' } });
      client.group({ userId: 'rs-u1', groupId: 'initech', traits: { name: 'Initech' } });
      for (let i = 0; i < 4; i++) client.track({ userId: 'rs-u1', event: 'Dashboard Viewed' });
      // Its flush() resolves when the requests are sent, not answered: wait as a user would.
      await client.flush();
      const usage = await eventually(async () => {
        const account = await accountByExternalId('segment:initech');
        assert.ok(account, 'the group became an account');
        const u = await api(`/api/v1/accounts/${account.id}/usage`);
        assert.equal(u.totalEvents, 4);
        return u;
      });
      assert.equal(usage.topUsers[0].name, 'Grace');
    });
  });
}
