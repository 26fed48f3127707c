import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase(
  'people and access',
  (h) => {
    test('sign in, see who I am, sign out', async () => {
      const ws = await h().workspace();
      const c = await client(h().app).login(ws.admin.email, ws.admin.password);
      const me = await c.get('/api/v1/auth/me');
      assert.equal(me.body.workspace.id, ws.id);
      assert.equal((await c.post('/api/v1/auth/logout')).status, 200);
      assert.equal((await c.get('/api/v1/auth/me')).status, 401);
    });

    test('the session endpoint answers who is signed in without a 401', async () => {
      const ws = await h().workspace();
      assert.deepEqual((await client(h().app).get('/api/v1/auth/session')).body, { me: null });
      const c = await client(h().app).login(ws.admin.email, ws.admin.password);
      const r = await c.get('/api/v1/auth/session');
      assert.equal(r.status, 200);
      assert.equal(r.body.me.user.email, ws.admin.email);
      assert.deepEqual(
        (await ws.api.get('/api/v1/auth/session')).body,
        { me: null },
        'an API key is not a person',
      );
    });

    test('someone who already has an account joins another workspace with their password', async () => {
      const home = await h().workspace();
      const other = await h().workspace();
      const admin = await client(h().app).login(other.admin.email, other.admin.password);
      await admin.post('/api/v1/invitations', { email: home.admin.email, role: 'csm' });
      await h().drain();
      const mail = await h().mailbox!.waitFor(home.admin.email);
      const token = /invite\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      const anon = client(h().app);
      assert.equal((await anon.get(`/api/v1/invitations/lookup?token=${token}`)).body.hasAccount, true);
      const wrong = await anon.post('/api/v1/invitations/accept', { token, password: 'not my password!!' });
      assert.equal(wrong.status, 401);
      const ok = await anon.post('/api/v1/invitations/accept', { token, password: home.admin.password });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.workspace.id, other.id);
      assert.equal(ok.body.workspaces.length, 2);
    });

    test('a wrong password and an unknown email get the same answer', async () => {
      const ws = await h().workspace();
      const anon = client(h().app);
      const wrong = await anon.post('/api/v1/auth/login', {
        email: ws.admin.email,
        password: 'not the password',
      });
      const unknown = await anon.post('/api/v1/auth/login', {
        email: 'nobody@example.com',
        password: 'not the password',
      });
      assert.equal(wrong.status, 401);
      assert.deepEqual(wrong.body, unknown.body);
    });

    test('sessions end after inactivity and at their absolute limit', async () => {
      const ws = await h().workspace();
      const c = await client(h().app).login(ws.admin.email, ws.admin.password);
      h().clock.set(new Date(Date.now() + 23 * 3_600_000).toISOString());
      assert.equal((await c.get('/api/v1/auth/me')).status, 200, 'used within the idle limit');
      h().clock.set(new Date(Date.now() + 48 * 3_600_000).toISOString());
      assert.equal((await c.get('/api/v1/auth/me')).status, 401, 'idle for a day');
      h().clock.reset();
    });

    test('roles limit what members may do', async () => {
      const ws = await h().workspace();
      const viewer = await ws.member('viewer');
      const csm = await ws.member('csm');
      assert.equal((await viewer.client.get('/api/v1/accounts')).status, 200);
      const denied = await viewer.client.post('/api/v1/accounts', { name: 'Nope' });
      assert.equal(denied.status, 403);
      assert.equal(denied.body.error.code, 'FORBIDDEN');
      assert.equal((await csm.client.post('/api/v1/accounts', { name: 'Yes' })).status, 201);
      assert.equal((await csm.client.get('/api/v1/api-keys')).status, 403);
      assert.equal((await csm.client.post('/api/v1/invitations', { email: 'x@example.com' })).status, 403);
    });

    test('a signed-in write from another origin is refused; API keys need no origin', async () => {
      const ws = await h().workspace();
      const c = await client(h().app).login(ws.admin.email, ws.admin.password);
      const evil = await c.post('/api/v1/accounts', { name: 'CSRF' }, { origin: 'https://evil.example' });
      assert.equal(evil.status, 403);
      const crossSite = await c.post(
        '/api/v1/accounts',
        { name: 'CSRF' },
        { origin: '', 'sec-fetch-site': 'cross-site' },
      );
      assert.equal(crossSite.status, 403);
      const noOrigin = await h().app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        headers: { cookie: c.cookie ?? '' },
        payload: { name: 'CSRF' },
      });
      assert.equal(noOrigin.statusCode, 403);
      const key = await h().app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        headers: { authorization: `Bearer ${ws.api.bearer}` },
        payload: { name: 'From a script' },
      });
      assert.equal(key.statusCode, 201);
      assert.equal((await ws.api.get('/api/v1/accounts?count=true')).body.total, 1);
    });

    test('invite a member by email; they accept and sign in', async () => {
      const ws = await h().workspace();
      const admin = await client(h().app).login(ws.admin.email, ws.admin.password);
      const inv = await admin.post('/api/v1/invitations', { email: 'Grace@Example.com', role: 'manager' });
      assert.equal(inv.status, 201, inv.text);
      assert.equal(inv.body.status, 'pending');
      await h().drain();
      const mail = await h().mailbox!.waitFor('grace@example.com');
      assert.match(mail.subject, /invited/);
      const token = /invite\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(token, 'the email holds the link');

      const anon = client(h().app);
      const lookup = await anon.get(`/api/v1/invitations/lookup?token=${token}`);
      assert.deepEqual(lookup.body, {
        email: 'grace@example.com',
        role: 'manager',
        workspaceName: ws.name,
        hasAccount: false,
      });
      const accepted = await anon.post('/api/v1/invitations/accept', {
        token,
        name: 'Grace Hopper',
        password: 'a long enough password',
      });
      assert.equal(accepted.status, 200, accepted.text);
      assert.equal(accepted.body.role, 'manager');
      assert.equal(
        (
          await anon.post('/api/v1/invitations/accept', {
            token,
            name: 'Again',
            password: 'a long enough password',
          })
        ).status,
        404,
      );
      const members = await admin.get('/api/v1/members');
      assert.ok(
        members.body.data.some(
          (m: { email: string; role: string }) => m.email === 'grace@example.com' && m.role === 'manager',
        ),
      );
      const list = await admin.get('/api/v1/invitations');
      assert.equal(list.body.data[0].status, 'accepted');
    });

    test('password reset: same answer for unknown emails, a one-time link, old sessions end', async () => {
      const ws = await h().workspace();
      const before = await client(h().app).login(ws.admin.email, ws.admin.password);
      const anon = client(h().app);
      const known = await anon.post('/api/v1/auth/password-reset', { email: ws.admin.email });
      const unknown = await anon.post('/api/v1/auth/password-reset', { email: 'ghost@example.com' });
      assert.equal(known.status, 202);
      assert.deepEqual(known.body, unknown.body);
      await h().drain();
      const mail = await h().mailbox!.waitFor(ws.admin.email);
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(token);
      assert.equal(
        (await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'short' })).status,
        400,
      );
      const ok = await anon.post('/api/v1/auth/password-reset/confirm', {
        token,
        password: 'a brand new password',
      });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(
        (await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'another new password' }))
          .status,
        404,
      );
      assert.equal((await before.get('/api/v1/auth/me')).status, 401, 'old sessions are signed out');
      await client(h().app).login(ws.admin.email, 'a brand new password');
      assert.equal(
        h().mailbox!.messages.some((m) => m.to.includes('ghost@example.com')),
        false,
      );
    });

    test('the last admin cannot be demoted or deactivated', async () => {
      const ws = await h().workspace();
      const admin = await client(h().app).login(ws.admin.email, ws.admin.password);
      const r = await admin.patch(`/api/v1/members/${ws.admin.id}`, { role: 'csm' });
      assert.equal(r.status, 422);
      const csm = await ws.member('csm');
      const off = await admin.patch(`/api/v1/members/${csm.id}`, { status: 'deactivated' });
      assert.equal(off.status, 200);
      assert.equal(
        (await csm.client.get('/api/v1/auth/me')).status,
        401,
        'a deactivated member is signed out',
      );
    });

    test("another workspace's members, invitations and keys answer 404", async () => {
      const mine = await h().workspace();
      const theirs = await h().workspace();
      const me = await client(h().app).login(mine.admin.email, mine.admin.password);
      const them = await client(h().app).login(theirs.admin.email, theirs.admin.password);
      const inv = await them.post('/api/v1/invitations', { email: 'someone@example.com' });
      const key = await them.post('/api/v1/api-keys', { name: 'theirs' });
      assert.equal((await me.patch(`/api/v1/members/${theirs.admin.id}`, { role: 'viewer' })).status, 404);
      assert.equal((await me.delete(`/api/v1/invitations/${inv.body.id}`)).status, 404);
      assert.equal((await me.delete(`/api/v1/api-keys/${key.body.id}`)).status, 404);
      assert.equal((await them.get('/api/v1/invitations')).body.data[0].status, 'pending');
      const stillWorks = await client(h().app).withBearer(key.body.key).get('/api/v1/accounts');
      assert.equal(stillWorks.status, 200);
    });
  },
  { smtp: true },
);
