import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client } from '../harness/http.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('first-run setup', (h) => {
  test('an empty installation asks for setup, creates the workspace and its admin, and signs in', async () => {
    const anon = client(h().app);
    assert.deepEqual((await anon.get('/api/v1/setup')).body, { needed: true });
    const bad = await anon.post('/api/v1/setup', {
      workspaceName: 'Acme',
      name: 'Ada',
      email: 'ada@acme.test',
      password: 'short',
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /password/);
    assert.deepEqual(
      (await anon.get('/api/v1/setup')).body,
      { needed: true },
      'a rejected setup changes nothing',
    );

    const res = await h().app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { origin: 'http://trustcircle.test' },
      payload: {
        workspaceName: 'Acme Success',
        name: 'Ada Admin',
        email: 'Ada@Acme.test',
        password: 'correct horse battery',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const me = res.json();
    assert.equal(me.role, 'admin');
    assert.equal(me.user.email, 'ada@acme.test');
    assert.equal(me.workspace.name, 'Acme Success');
    const cookie = res.cookies.find((c) => c.name === 'tc_session');
    assert.ok(cookie?.httpOnly, 'session cookie is httpOnly');
    assert.equal(cookie?.sameSite, 'Lax');

    const session = client(h().app, { cookie: `tc_session=${cookie?.value}` });
    assert.equal((await session.get('/api/v1/auth/me')).body.user.name, 'Ada Admin');
    assert.deepEqual((await anon.get('/api/v1/setup')).body, { needed: false });
  });

  test('setup cannot run twice', async () => {
    const again = await client(h().app).post('/api/v1/setup', {
      workspaceName: 'Evil',
      name: 'Mallory',
      email: 'mallory@evil.test',
      password: 'correct horse battery',
    });
    assert.equal(again.status, 422);
    assert.equal(again.body.error.code, 'PRECONDITION_FAILED');
    const login = await client(h().app).post('/api/v1/auth/login', {
      email: 'mallory@evil.test',
      password: 'correct horse battery',
    });
    assert.equal(login.status, 401);
  });
});
