import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../harness/index.ts';

type Res = Awaited<ReturnType<Harness['app']['inject']>>;

const setCookies = (res: Res): string[] => {
  const h = res.headers['set-cookie'];
  return h === undefined ? [] : Array.isArray(h) ? h : [h];
};

/** The one Set-Cookie line for a cookie whose name starts so, checked for its attributes. */
function cookieLine(res: Res, prefix: string, secure: boolean): string {
  const lines = setCookies(res).filter((l) => l.startsWith(prefix));
  assert.equal(lines.length, 1, `one ${prefix} cookie in ${JSON.stringify(setCookies(res))}`);
  const line = lines[0] ?? '';
  const attrs = line.split(';').map((a) => a.trim().toLowerCase());
  assert.ok(attrs.includes('httponly'), `${line}: HttpOnly`);
  assert.ok(attrs.includes('samesite=lax'), `${line}: SameSite=Lax`);
  assert.equal(attrs.includes('secure'), secure, `${line}: Secure ${secure ? 'set' : 'not set'}`);
  return line;
}

/** Every cookie the server sets, for an installation at `baseUrl`. */
function cookieTests(baseUrl: string, secure: boolean) {
  describeEachDatabase(
    `cookies at ${baseUrl}`,
    (h) => {
      const origin = new URL(baseUrl).origin;
      const post = (url: string, payload: object, cookie?: string) =>
        h().app.inject({
          method: 'POST',
          url,
          headers: { origin, ...(cookie ? { cookie } : {}) },
          payload,
        });

      test('session and device cookies at sign-in, a cleared session at sign-out', async () => {
        const ws = await h().workspace();
        const res = await post('/api/v1/auth/login', { email: ws.admin.email, password: ws.admin.password });
        assert.equal(res.statusCode, 200, res.body);
        assert.match(cookieLine(res, 'tc_session=', secure), /Path=\/;/);
        assert.match(cookieLine(res, 'tc_device_', secure), /Path=\/api\/v1\/auth\/login;/);
        const session = res.cookies.find((c) => c.name === 'tc_session');
        const out = await post('/api/v1/auth/logout', {}, `tc_session=${session?.value}`);
        assert.equal(out.statusCode, 200);
        assert.match(cookieLine(out, 'tc_session=;', secure), /Expires=Thu, 01 Jan 1970/);
        assert.equal(setCookies(out).filter((l) => l.startsWith('tc_device_')).length, 0, 'the device stays');
      });

      test('a followed reset link marks the browser with a device cookie', async () => {
        const ws = await h().workspace();
        await post('/api/v1/auth/password-reset', { email: ws.admin.email });
        await h().drain();
        const mail = await h().mailbox?.waitFor(ws.admin.email);
        const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
        assert.ok(token);
        const res = await post('/api/v1/auth/password-reset/confirm', {
          token,
          password: 'a brand new password',
        });
        assert.equal(res.statusCode, 200, res.body);
        cookieLine(res, 'tc_device_', secure);
      });

      test("the resource link's visitor cookie and the share page's visitor cookie", async () => {
        const ws = await h().workspace();
        const guide = await ws.api.post('/api/v1/resources', {
          kind: 'kb_article',
          title: 'Guide',
          url: 'https://docs.example.com/start',
        });
        const slug = String(guide.body.trackingUrl).split('/r/')[1];
        const click = await h().app.inject({ method: 'GET', url: `/r/${slug}` });
        assert.equal(click.statusCode, 302);
        assert.match(cookieLine(click, `tc_use_${slug}=`, secure), new RegExp(`Path=/r/${slug};`));

        const visitor = await shareVisitor(h(), ws, baseUrl);
        assert.match(cookieLine(visitor.res, 'tc_visitor=', secure), new RegExp(`Path=${visitor.path};`));
      });
    },
    { smtp: true, env: { TRUSTCIRCLE_BASE_URL: baseUrl } },
  );
}

/** A code-protected plan link, opened by the account's contact with the emailed code. */
async function shareVisitor(h: Harness, ws: TestWorkspace, baseUrl: string) {
  const acc = await ws.api.post('/api/v1/accounts', {
    name: 'Initech',
    domain: 'initech.com',
    stage: 'customer',
  });
  await ws.api.post('/api/v1/contacts', {
    accountId: acc.body.id,
    firstName: 'Peter',
    email: 'peter@initech.com',
  });
  const plan = await ws.api.post('/api/v1/plans', {
    accountId: acc.body.id,
    title: 'Initech onboarding',
    tasks: [{ title: 'Kickoff call', ownerSide: 'vendor' }],
  });
  assert.equal(plan.status, 201, plan.text);
  const link = await ws.api.post(`/api/v1/plans/${plan.body.id}/share-links`, { requireCode: true });
  assert.equal(link.status, 201, link.text);
  const path = String(link.body.url).slice(baseUrl.length);
  const form = (body: Record<string, string>) => ({
    method: 'POST' as const,
    headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(body).toString(),
  });
  await h.app.inject({ url: `${path}/code`, ...form({ email: 'peter@initech.com' }) });
  await h.drain();
  const mail = await h.mailbox?.waitFor('peter@initech.com');
  const code = /\b(\d{6})\b/.exec(mail?.subject ?? '')?.[1];
  assert.ok(code, mail?.subject);
  const res = await h.app.inject({ url: `${path}/verify`, ...form({ email: 'peter@initech.com', code }) });
  assert.equal(res.statusCode, 303, res.body);
  return { res, path };
}

cookieTests('https://trustcircle.test', true);
cookieTests('http://trustcircle.test', false);

describeEachDatabase(
  'cookies behind a trusted TLS proxy, without an https base URL',
  (h) => {
    test('a request that came over https gets Secure cookies; one over plain http does not', async () => {
      const ws = await h().workspace();
      const login = (proto: string) =>
        h().app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: {
            origin: 'http://trustcircle.test',
            'x-forwarded-proto': proto,
            'x-forwarded-for': '10.0.0.9',
          },
          payload: { email: ws.admin.email, password: ws.admin.password },
        });
      const tls = await login('https');
      assert.equal(tls.statusCode, 200, tls.body);
      cookieLine(tls, 'tc_session=', true);
      const plain = await login('http');
      assert.equal(plain.statusCode, 200, plain.body);
      cookieLine(plain, 'tc_session=', false);
    });
  },
  { env: { TRUSTCIRCLE_BASE_URL: 'http://trustcircle.test', TRUSTCIRCLE_TRUST_PROXY: 'true' } },
);
