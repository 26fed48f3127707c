import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, describeEachDatabase, type Harness, type TestWorkspace } from '../harness/index.ts';

type Plan = {
  id: string;
  tasks: { id: string; title: string; status: string; owner: { id: string; name: string } | null }[];
  milestones: { id: string; completedAt: string | null }[];
};

/** A browser-like visit: form posts, no Origin worth the name, cookies carried by hand. */
async function visit(
  h: Harness,
  method: 'GET' | 'POST',
  url: string,
  form?: Record<string, string>,
  cookie?: string,
) {
  const res = await h.app.inject({
    method,
    url,
    headers: {
      origin: 'null',
      ...(cookie ? { cookie } : {}),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
  });
  return res;
}

describeEachDatabase(
  'plan share links',
  (h) => {
    /** Kickoff (ours) → SSO (theirs, after kickoff), an internal step, a second milestone. */
    async function setup(ws: TestWorkspace) {
      const acc = (
        await ws.api.post('/api/v1/accounts', { name: 'Initech', domain: 'initech.com', stage: 'customer' })
      ).body as { id: string };
      const peter = (
        await ws.api.post('/api/v1/contacts', {
          accountId: acc.id,
          firstName: 'Peter',
          lastName: 'Gibbons',
          email: 'peter@initech.com',
        })
      ).body as { id: string };
      const r = await ws.api.post('/api/v1/plans', {
        accountId: acc.id,
        title: 'Initech onboarding',
        goal: 'Live with SSO',
        startsOn: '2026-01-31',
        milestones: [{ title: 'Set-up' }, { title: 'Go-live' }],
        tasks: [
          { ref: 'kickoff', title: 'Kickoff call', ownerSide: 'vendor', milestone: 0, dueOn: '2026-02-01' },
          {
            title: 'Configure SSO',
            ownerSide: 'customer',
            ownerContactId: peter.id,
            milestone: 0,
            dueOn: '2026-02-10',
            dependsOn: ['kickoff'],
          },
          { title: 'Prepare discount for renewal', ownerSide: 'vendor', internal: true, milestone: 1 },
        ],
      });
      assert.equal(r.status, 201, r.text);
      return { acc, peter, plan: r.body as Plan };
    }
    const share = async (ws: TestWorkspace, planId: string, body: Record<string, unknown> = {}) => {
      const r = await ws.api.post(`/api/v1/plans/${planId}/share-links`, body);
      assert.equal(r.status, 201, r.text);
      const link = r.body as { id: string; url: string; status: string };
      return { ...link, path: link.url.slice(BASE_URL.length) };
    };
    const taskNamed = (plan: Plan, title: string) => {
      const t = plan.tasks.find((x) => x.title === title);
      assert.ok(t, title);
      return t;
    };

    test('the customer sees the plan without a login, with strict headers and no internal step', async () => {
      h().clock.set('2026-02-05T12:00:00Z');
      const ws = await h().workspace({ name: 'Acme Success' });
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id, { label: 'Initech team' });
      assert.match(link.path, /^\/s\/[A-Za-z0-9_-]{43}$/, 'a 256-bit token');
      const res = await visit(h(), 'GET', link.path);
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/html/);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|script-src/);
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      assert.match(String(res.headers['x-robots-tag']), /noindex/);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(res.body, /Initech onboarding/);
      assert.match(res.body, /Acme Success/, "the vendor's name");
      assert.match(res.body, /Configure SSO/);
      assert.match(res.body, /Waiting on: Kickoff call/);
      assert.match(res.body, /Kickoff call/);
      assert.match(res.body, /4 days overdue/, 'kickoff was due on the 1st');
      assert.doesNotMatch(res.body, /Prepare discount/, 'internal steps stay internal');
      const listed = await ws.api.get(`/api/v1/plans/${plan.id}/share-links`);
      assert.equal(listed.body.data.length, 1);
      assert.equal(listed.body.data[0].views, 1);
      assert.equal(listed.body.data[0].status, 'active');
      assert.ok(!JSON.stringify(listed.body).includes(link.path.slice(3)), 'the token is shown only once');
    });

    test('the customer finishes their step once it unlocks; both sides see it', async () => {
      h().clock.set('2026-02-05T12:00:00Z');
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const sso = taskNamed(plan, 'Configure SSO');
      const kickoff = taskNamed(plan, 'Kickoff call');
      const locked = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/done`, {});
      assert.equal(locked.statusCode, 409);
      assert.match(locked.body, /waits for tasks it depends on/);
      const ours = await visit(h(), 'POST', `${link.path}/tasks/${kickoff.id}/done`, {});
      assert.equal(ours.statusCode, 409, 'our side closes our tasks');
      await ws.api.patch(`/api/v1/plans/${plan.id}/tasks/${kickoff.id}`, { status: 'done' });
      const done = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/done`, {});
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, `${link.path}?ok=done&at=${sso.id}#t-${sso.id}`);
      const after = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body as Plan;
      assert.equal(taskNamed(after, 'Configure SSO').status, 'done');
      const acc = await ws.api.get(`/api/v1/plans/${plan.id}/accountability`);
      assert.equal(acc.body.customer.doneOnTime, 1);
      const page = await visit(h(), 'GET', String(done.headers.location));
      assert.match(page.body, new RegExp(`id="t-${sso.id}">.*?Marked done`, 's'), 'said beside the step');
      const reload = await visit(h(), 'GET', `${link.path}/tasks/${sso.id}/done`);
      assert.equal(reload.statusCode, 303, 'reloading an action goes back to the plan');
      const activity = await ws.api.get(`/api/v1/plans/${plan.id}/share-activity`);
      const kinds = activity.body.data.map((a: { kind: string }) => a.kind);
      assert.ok(kinds.includes('task_done'), kinds.join());
      assert.equal(
        activity.body.data.find((a: { kind: string }) => a.kind === 'task_done').detail,
        'Configure SSO',
      );
    });

    test("a link reaches only its own plan: other plans' and internal task ids are not found", async () => {
      const ws = await h().workspace();
      const one = await setup(ws);
      const two = await setup(ws);
      const link = await share(ws, one.plan.id);
      const foreign = taskNamed(two.plan, 'Kickoff call');
      await ws.api.patch(`/api/v1/plans/${two.plan.id}/tasks/${foreign.id}`, { status: 'done' });
      const theirs = taskNamed(two.plan, 'Configure SSO');
      const internal = taskNamed(one.plan, 'Prepare discount for renewal');
      for (const [path, form] of [
        [`${link.path}/tasks/${theirs.id}/done`, {}],
        [`${link.path}/tasks/${theirs.id}/comments`, { body: 'hello' }],
        [`${link.path}/tasks/${internal.id}/comments`, { body: 'hello' }],
        [`${link.path}/milestones/${two.plan.milestones[0]?.id}/rating`, { rating: '5' }],
      ] as const) {
        const r = await visit(h(), 'POST', path, form);
        assert.equal(r.statusCode, 404, path);
      }
      const other = (await ws.api.get(`/api/v1/plans/${two.plan.id}`)).body as Plan;
      assert.equal(taskNamed(other, 'Configure SSO').status, 'not_started');
      const comments = await ws.api.get(`/api/v1/plans/${two.plan.id}/tasks/${theirs.id}/comments`);
      assert.equal(comments.body.data.length, 0);
    });

    test('comments are stored as text and escaped on the page', async () => {
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const sso = taskNamed(plan, 'Configure SSO');
      const r = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/comments`, {
        body: 'Done <script>alert(1)</script>\u0007 soon',
      });
      assert.equal(r.statusCode, 303);
      const page = await visit(h(), 'GET', link.path);
      assert.ok(!page.body.includes('<script>alert(1)'), 'no live markup');
      assert.match(page.body, /Done &lt;script&gt;alert\(1\)&lt;\/script&gt; soon/);
      const list = await ws.api.get(`/api/v1/plans/${plan.id}/tasks/${sso.id}/comments`);
      assert.equal(list.body.data[0].body, 'Done <script>alert(1)</script> soon');
      assert.equal(list.body.data[0].by.type, 'shareLink');
      const empty = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/comments`, { body: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.equal(
        (await ws.api.get(`/api/v1/plans/${plan.id}/tasks/${sso.id}/comments`)).body.data.length,
        1,
      );
    });

    test('a colleague at the company becomes the owner; an outside address changes nothing', async () => {
      const ws = await h().workspace();
      const { acc, plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const sso = taskNamed(plan, 'Configure SSO');
      const outsider = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/owner`, {
        firstName: 'Eve',
        email: 'eve@evil.example',
      });
      assert.equal(outsider.statusCode, 400);
      assert.match(outsider.body, /Use an address at your company \(initech\.com\)/);
      assert.match(outsider.body, /value="eve@evil\.example"/, 'what was typed stays typed');
      const before = await ws.api.get(`/api/v1/contacts?accountId=${acc.id}`);
      assert.equal(before.body.data.length, 1);
      const ok = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/owner`, {
        firstName: 'Samir',
        lastName: 'Nagheenanajar',
        email: 'Samir@Initech.com',
      });
      assert.equal(ok.statusCode, 303);
      const after = (await ws.api.get(`/api/v1/plans/${plan.id}`)).body as Plan;
      assert.equal(taskNamed(after, 'Configure SSO').owner?.name, 'Samir Nagheenanajar');
      const contacts = await ws.api.get(`/api/v1/contacts?accountId=${acc.id}`);
      assert.equal(contacts.body.data.length, 2);
    });

    test('revoked and expired links answer 404 on the very next request', async () => {
      h().clock.set('2026-03-01T12:00:00Z');
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const past = await ws.api.post(`/api/v1/plans/${plan.id}/share-links`, { expiresOn: '2026-02-28' });
      assert.equal(past.status, 400);
      assert.match(past.text, /expiresOn/);
      const revoked = await share(ws, plan.id);
      assert.equal((await visit(h(), 'GET', revoked.path)).statusCode, 200);
      assert.equal((await ws.api.delete(`/api/v1/share-links/${revoked.id}`)).status, 204);
      assert.equal((await visit(h(), 'GET', revoked.path)).statusCode, 404);
      assert.equal(
        (await ws.api.delete(`/api/v1/share-links/${revoked.id}`)).status,
        204,
        'twice is harmless',
      );
      const expiring = await share(ws, plan.id, { expiresOn: '2026-03-02' });
      h().clock.set('2026-03-02T23:00:00Z');
      assert.equal((await visit(h(), 'GET', expiring.path)).statusCode, 200, 'works all its last day');
      h().clock.set('2026-03-03T00:30:00Z');
      assert.equal((await visit(h(), 'GET', expiring.path)).statusCode, 404);
      const statuses = (await ws.api.get(`/api/v1/plans/${plan.id}/share-links`)).body.data.map(
        (l: { status: string }) => l.status,
      );
      assert.deepEqual(statuses.sort(), ['expired', 'revoked']);
      assert.equal((await visit(h(), 'GET', '/s/not-a-token')).statusCode, 404);
    });

    test('another workspace cannot share, list or revoke the plan’s links', async () => {
      const ws = await h().workspace();
      const other = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      assert.equal((await other.api.post(`/api/v1/plans/${plan.id}/share-links`, {})).status, 404);
      assert.equal((await other.api.get(`/api/v1/plans/${plan.id}/share-links`)).status, 404);
      assert.equal((await other.api.get(`/api/v1/plans/${plan.id}/share-activity`)).status, 404);
      assert.equal((await other.api.delete(`/api/v1/share-links/${link.id}`)).status, 404);
      assert.equal((await visit(h(), 'GET', link.path)).statusCode, 200, 'still works');
      const viewer = await ws.member('viewer');
      assert.equal((await viewer.client.post(`/api/v1/plans/${plan.id}/share-links`, {})).status, 403);
    });

    test('a code-protected link lets in only the account’s contacts, by a code sent by email', async () => {
      h().clock.set('2026-02-05T12:00:00Z');
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id, { requireCode: true });
      const gate = await visit(h(), 'GET', link.path);
      assert.equal(gate.statusCode, 200);
      assert.match(gate.body, /work email/);
      assert.doesNotMatch(gate.body, /Configure SSO/);
      const sso = taskNamed(plan, 'Configure SSO');
      const sneaky = await visit(h(), 'POST', `${link.path}/tasks/${sso.id}/comments`, { body: 'hi' });
      assert.equal(sneaky.statusCode, 303, 'back to the gate');
      const stranger = await visit(h(), 'POST', `${link.path}/code`, { email: 'eve@evil.example' });
      assert.equal(stranger.statusCode, 200, 'the same answer for anyone');
      const asked = await visit(h(), 'POST', `${link.path}/code`, { email: 'PETER@initech.com' });
      assert.equal(asked.statusCode, 200);
      await h().drain();
      const mail = await h().mailbox?.waitFor('peter@initech.com');
      const code = /\b(\d{6})\b/.exec(mail?.subject ?? '')?.[1];
      assert.match(mail?.subject ?? '', /Initech onboarding/, 'the email names the plan');
      assert.ok(code, mail?.subject);
      assert.ok(!h().mailbox?.messages.some((m) => m.to.includes('eve@evil.example')));
      const wrong = await visit(h(), 'POST', `${link.path}/verify`, {
        email: 'peter@initech.com',
        code: code === '000000' ? '111111' : '000000',
      });
      assert.equal(wrong.statusCode, 400);
      const right = await visit(h(), 'POST', `${link.path}/verify`, { email: 'peter@initech.com', code });
      assert.equal(right.statusCode, 303);
      const cookie = right.cookies.find((c) => c.name === 'tc_visitor');
      assert.ok(cookie?.httpOnly);
      assert.equal(cookie?.path, link.path);
      const again = await visit(h(), 'POST', `${link.path}/verify`, { email: 'peter@initech.com', code });
      assert.equal(again.statusCode, 400, 'a code works once');
      const page = await visit(h(), 'GET', link.path, undefined, `tc_visitor=${cookie?.value}`);
      assert.match(page.body, /Configure SSO/);
      const said = await visit(
        h(),
        'POST',
        `${link.path}/tasks/${sso.id}/comments`,
        { body: 'On it' },
        `tc_visitor=${cookie?.value}`,
      );
      assert.equal(said.statusCode, 303);
      const comments = await ws.api.get(`/api/v1/plans/${plan.id}/tasks/${sso.id}/comments`);
      assert.deepEqual(comments.body.data[0].by.name, 'Peter Gibbons');
      const activity = (await ws.api.get(`/api/v1/plans/${plan.id}/share-activity`)).body.data as {
        kind: string;
        contact: { name: string } | null;
      }[];
      assert.equal(activity.find((a) => a.kind === 'code_verified')?.contact?.name, 'Peter Gibbons');
      assert.equal(activity.find((a) => a.kind === 'commented')?.contact?.name, 'Peter Gibbons');
    });

    test('the customer rates a milestone once it is complete', async () => {
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const setUp = plan.milestones[0]?.id ?? '';
      const early = await visit(h(), 'POST', `${link.path}/milestones/${setUp}/rating`, { rating: '4' });
      assert.equal(early.statusCode, 409);
      for (const title of ['Kickoff call', 'Configure SSO'])
        await ws.api.patch(`/api/v1/plans/${plan.id}/tasks/${taskNamed(plan, title).id}`, { status: 'done' });
      const bad = await visit(h(), 'POST', `${link.path}/milestones/${setUp}/rating`, { rating: '9' });
      assert.equal(bad.statusCode, 400);
      const rated = await visit(h(), 'POST', `${link.path}/milestones/${setUp}/rating`, {
        rating: '4',
        comment: 'Smooth, SSO docs could be clearer',
      });
      assert.equal(rated.statusCode, 303);
      const page = await visit(h(), 'GET', link.path);
      assert.match(page.body, /Rated 4 of 5\./);
      const seen = await ws.api.get(`/api/v1/plans/${plan.id}`);
      assert.equal(seen.body.milestones[0].rating.score, 4);
      assert.equal(seen.body.milestones[0].rating.comment, 'Smooth, SSO docs could be clearer');
    });

    test("the share page shows the vendor's logo; only small images are accepted", async () => {
      const ws = await h().workspace({ name: 'Acme Success' });
      const admin = await ws.member('admin');
      const png =
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
      const bad = await admin.client.patch('/api/v1/workspace', { logo: 'javascript:alert(1)' });
      assert.equal(bad.status, 400);
      const ok = await admin.client.patch('/api/v1/workspace', { logo: png });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.logo, png);
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const page = await visit(h(), 'GET', link.path);
      assert.ok(page.body.includes(`<img src="${png}" alt="Acme Success logo">`));
    });

    test('the public pages are rate limited', async () => {
      const ws = await h().workspace();
      const { plan } = await setup(ws);
      const link = await share(ws, plan.id);
      const codes: number[] = [];
      for (let i = 0; i < 40; i++) codes.push((await visit(h(), 'GET', link.path)).statusCode);
      assert.ok(codes.includes(429), 'a burst is slowed down');
      assert.equal(codes[0], 200);
    });
  },
  { smtp: true },
);
