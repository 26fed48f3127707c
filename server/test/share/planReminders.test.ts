import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sendPlanReminders } from '../../src/modules/plans/index.ts';
import { BASE_URL, describeEachDatabase, type Harness, type TestWorkspace } from '../harness/index.ts';

const SECRET = 'test-secret-test-secret-test-secret-0123';

describeEachDatabase(
  'plan reminders to customer owners',
  (h) => {
    const jctx = (hh: Harness) => ({
      db: hh.runtime.platform.db,
      clock: hh.clock,
      log: hh.runtime.platform.log,
      job: { id: 'test', workspaceId: null, attempt: 1, maxAttempts: 1 },
    });
    /** Runs the reminder sweep at a moment and delivers what it queued; returns the new mails. */
    const sweep = async (at: string) => {
      h().clock.set(at);
      const before = h().mailbox?.messages.length ?? 0;
      await sendPlanReminders(jctx(h()), { baseUrl: BASE_URL, secret: SECRET });
      await h().drain();
      return (h().mailbox?.messages ?? []).slice(before);
    };
    const to = <M extends { to: string[] }>(mails: M[], who: string) =>
      mails.filter((m) => m.to.includes(who));

    async function setup(ws: TestWorkspace, tag: string, opts: { share?: boolean } = {}) {
      const acc = (await ws.api.post('/api/v1/accounts', { name: `Initech ${tag}`, stage: 'customer' }))
        .body as {
        id: string;
      };
      const person = async (firstName: string) =>
        (
          await ws.api.post('/api/v1/contacts', {
            accountId: acc.id,
            firstName,
            email: `${firstName.toLowerCase()}.${tag}@initech.com`,
          })
        ).body as { id: string };
      const peter = await person('Peter');
      const milton = await person('Milton');
      const r = await ws.api.post('/api/v1/plans', {
        accountId: acc.id,
        title: `Onboarding ${tag}`,
        startsOn: '2026-01-31',
        tasks: [
          { ref: 'kickoff', title: 'Kickoff call', ownerSide: 'vendor', dueOn: '2026-02-01' },
          {
            title: 'Configure SSO',
            ownerSide: 'customer',
            ownerContactId: peter.id,
            dueOn: '2026-02-20',
            dependsOn: ['kickoff'],
          },
          { title: 'Upload users', ownerSide: 'customer', ownerContactId: peter.id, dueOn: '2026-02-06' },
          { title: 'Sign the DPA', ownerSide: 'customer', ownerContactId: milton.id, dueOn: '2026-02-03' },
          {
            title: 'Secret step',
            ownerSide: 'customer',
            ownerContactId: milton.id,
            dueOn: '2026-02-02',
            internal: true,
          },
        ],
      });
      assert.equal(r.status, 201, r.text);
      const plan = r.body as { id: string; tasks: { id: string; title: string }[] };
      if (opts.share !== false) {
        const link = await ws.api.post(`/api/v1/plans/${plan.id}/share-links`, {});
        assert.equal(link.status, 201, link.text);
      }
      return {
        plan,
        peter: `peter.${tag}@initech.com`,
        milton: `milton.${tag}@initech.com`,
        task: (title: string) => plan.tasks.find((t) => t.title === title)?.id ?? '',
      };
    }

    test('each reminder once, one email a day at most, unlock when what it waits on is done', async () => {
      const ws = await h().workspace({ name: 'Acme Success' });
      const s = await setup(ws, 'a');
      assert.equal((await sweep('2026-02-05T06:00:00Z')).length, 0, 'not before 8 in the morning');
      const first = await sweep('2026-02-05T12:00:00Z');
      const peter = to(first, s.peter);
      assert.equal(peter.length, 1);
      assert.match(peter[0]?.subject ?? '', /Onboarding a: 1 step for you/);
      assert.match(peter[0]?.text ?? '', /Upload users: due tomorrow/);
      assert.doesNotMatch(peter[0]?.text ?? '', /Configure SSO/, 'still locked');
      const milton = to(first, s.milton);
      assert.equal(milton.length, 1);
      assert.match(milton[0]?.text ?? '', /Sign the DPA: overdue since/);
      assert.doesNotMatch(milton[0]?.text ?? '', /Secret step/, 'internal steps are never emailed');
      assert.equal((await sweep('2026-02-05T15:00:00Z')).length, 0, 'once each, and once a day');

      await ws.api.patch(`/api/v1/plans/${s.plan.id}/tasks/${s.task('Kickoff call')}`, { status: 'done' });
      assert.equal(to(await sweep('2026-02-05T16:00:00Z'), s.peter).length, 0, 'tomorrow: one a day');
      const next = to(await sweep('2026-02-06T09:00:00Z'), s.peter);
      assert.equal(next.length, 1);
      assert.match(next[0]?.text ?? '', /Configure SSO: ready to start/);
      const late = to(await sweep('2026-02-07T09:00:00Z'), s.peter);
      assert.match(late[0]?.text ?? '', /Upload users: overdue since/);
      assert.equal(to(await sweep('2026-02-08T09:00:00Z'), s.milton).length, 0, 'the DPA was already chased');
    });

    test('a plan nobody has shared, or whose links are revoked, emails no customer', async () => {
      const ws = await h().workspace();
      const s = await setup(ws, 'quiet', { share: false });
      assert.equal((await sweep('2026-02-05T12:00:00Z')).length, 0, 'never shared: no reminder');
      const link = (await ws.api.post(`/api/v1/plans/${s.plan.id}/share-links`, {})).body as { id: string };
      assert.equal((await ws.api.delete(`/api/v1/share-links/${link.id}`)).status, 204);
      assert.equal((await sweep('2026-02-05T13:00:00Z')).length, 0, 'revoked: no reminder');
      await ws.api.post(`/api/v1/plans/${s.plan.id}/share-links`, {});
      assert.equal(to(await sweep('2026-02-05T14:00:00Z'), s.peter).length, 1, 'shared again: reminded');
    });

    test('the personal link in a reminder opens the plan as that person', async () => {
      const ws = await h().workspace();
      const s = await setup(ws, 'b');
      const mail = to(await sweep('2026-02-05T12:00:00Z'), s.peter)[0];
      const url = new RegExp(`${BASE_URL}(/s/[A-Za-z0-9_-]{43})`).exec(mail?.text ?? '')?.[1];
      assert.ok(url, mail?.text);
      const page = await h().app.inject({ method: 'GET', url });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Upload users/);
      const activity = await ws.api.get(`/api/v1/plans/${s.plan.id}/share-activity`);
      const viewed = activity.body.data.find((a: { kind: string }) => a.kind === 'viewed');
      assert.equal(viewed?.contact?.name, 'Peter');
      const links = await ws.api.get(`/api/v1/plans/${s.plan.id}/share-links`);
      assert.ok(
        links.body.data.some((l: { contact: { name: string } | null }) => l.contact?.name === 'Peter'),
      );
    });

    test('the preferences link: a weekly digest, or no emails at all; forged links are not found', async () => {
      const ws = await h().workspace();
      const s = await setup(ws, 'c');
      const mail = to(await sweep('2026-02-05T12:00:00Z'), s.milton)[0];
      const prefs = new RegExp(`${BASE_URL}(/u/[^\\s]+)`).exec(mail?.text ?? '')?.[1];
      assert.ok(prefs, mail?.text);
      const page = await h().app.inject({ method: 'GET', url: prefs });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /value="daily" checked/);
      const post = (url: string, payload: string) =>
        h().app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' },
          payload,
        });
      assert.equal((await post(prefs, 'frequency=hourly')).statusCode, 400);
      assert.equal((await post(`${prefs.slice(0, -3)}xyz`, 'frequency=none')).statusCode, 404);
      const saved = await post(prefs, 'frequency=none');
      assert.equal(saved.statusCode, 200);
      assert.match(saved.body, /value="none" checked/);
      await ws.api.patch(`/api/v1/plans/${s.plan.id}/tasks/${s.task('Sign the DPA')}`, {
        dueOn: '2026-02-09',
      });
      const day = await sweep('2026-02-08T12:00:00Z');
      assert.equal(to(day, s.milton).length, 0, 'unsubscribed');
      const peterMail = to(day, s.peter)[0];
      const peterPrefs = new RegExp(`${BASE_URL}(/u/[^\\s]+)`).exec(peterMail?.text ?? '')?.[1] ?? '';
      assert.equal((await post(peterPrefs, 'frequency=weekly')).statusCode, 200);
      await ws.api.patch(`/api/v1/plans/${s.plan.id}/tasks/${s.task('Kickoff call')}`, { status: 'done' });
      assert.equal(to(await sweep('2026-02-10T12:00:00Z'), s.peter).length, 0, 'the digest waits a week');
      const digest = to(await sweep('2026-02-15T12:00:00Z'), s.peter);
      assert.equal(digest.length, 1);
      assert.match(digest[0]?.subject ?? '', /weekly plan digest/);
      assert.match(digest[0]?.text ?? '', /Configure SSO/);
    });
  },
  { smtp: true },
);
