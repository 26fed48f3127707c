import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client } from '../harness/http.ts';
import { BASE_URL, describeEachDatabase } from '../harness/index.ts';

/**
 * The web app warns before a share link to http://localhost… goes to a customer; it learns
 * whether TRUSTCIRCLE_BASE_URL was set from the profile every signed-in page already has.
 */
describeEachDatabase(
  'the installation address, configured',
  (h) => {
    test('the profile says which address links use and that it was configured', async () => {
      const ws = await h().workspace();
      const member = await ws.member('csm');
      const me = await member.client.get('/api/v1/auth/me');
      assert.equal(me.status, 200, me.text);
      assert.deepEqual(me.body.installation, { baseUrl: BASE_URL, baseUrlConfigured: true });
      const session = await member.client.get('/api/v1/auth/session');
      assert.deepEqual(session.body.me.installation, { baseUrl: BASE_URL, baseUrlConfigured: true });
    });

    test('the OpenAPI document describes the field', async () => {
      const doc = (await client(h().app).get('/api/v1/openapi.json')).body;
      const me = doc.components.schemas.Me;
      assert.ok(me.required.includes('installation'));
      assert.equal(me.properties.installation.$ref, '#/components/schemas/Installation');
      const installation = doc.components.schemas.Installation;
      assert.deepEqual(installation.required.sort(), ['baseUrl', 'baseUrlConfigured']);
      assert.match(installation.properties.baseUrlConfigured.description, /TRUSTCIRCLE_BASE_URL/);
      assert.match(installation.properties.baseUrlConfigured.description, /localhost/);
    });
  },
  { baseUrl: BASE_URL },
);

describeEachDatabase(
  'the installation address, left unset',
  (h) => {
    test('the profile says links use http://localhost:<PORT> and that nobody configured it', async () => {
      assert.equal(h().baseUrl, 'http://localhost:3000');
      const ws = await h().workspace();
      const anon = client(h().app, { origin: h().baseUrl });
      const login = await anon.post('/api/v1/auth/login', {
        email: ws.admin.email,
        password: ws.admin.password,
      });
      assert.equal(login.status, 200, login.text);
      const expected = { baseUrl: 'http://localhost:3000', baseUrlConfigured: false };
      assert.deepEqual(login.body.installation, expected);
      const member = await ws.member('viewer');
      assert.deepEqual((await member.client.get('/api/v1/auth/me')).body.installation, expected);
      assert.deepEqual((await member.client.get('/api/v1/auth/session')).body.me.installation, expected);
    });

    test('a share link minted meanwhile starts with that address', async () => {
      // The same address the notice names is the one links are built from.
      const ws = await h().workspace();
      const account = await ws.api.post('/api/v1/accounts', { name: 'Localhost Ltd' });
      assert.equal(account.status, 201, account.text);
      const plan = await ws.api.post('/api/v1/plans', { accountId: account.body.id, title: 'Onboarding' });
      assert.equal(plan.status, 201, plan.text);
      const link = await ws.api.post(`/api/v1/plans/${plan.body.id}/share-links`, {});
      assert.equal(link.status, 201, link.text);
      assert.match(link.body.url, /^http:\/\/localhost:3000\/s\/[A-Za-z0-9_-]{43}$/);
    });
  },
  { baseUrl: null },
);
