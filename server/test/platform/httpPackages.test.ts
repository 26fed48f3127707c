import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

/**
 * The root package.json overrides cookie (for @fastify/cookie and light-my-request) and
 * content-disposition (for @fastify/static) with their releases that still support Node 20.
 * These are the calls those packages make of them, so a release that answers them differently
 * fails here rather than in a browser.
 */
describe('cookie and content-disposition, as the Fastify plugins call them', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tc-static-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(path.join(root, 'report.csv'), 'name\nAcme\n');

  async function app() {
    const a = Fastify();
    await a.register(cookie, { secret: 'a-secret-of-at-least-thirty-two-characters' });
    await a.register(fastifyStatic, { root, serve: false });
    a.get('/set', async (_req, reply) => {
      // Our cookies' shapes: base64url tokens, a session with an expiry, a share page's path.
      reply.setCookie('session', 'aZ09-_tok', {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        expires: new Date('2030-01-02T03:04:05Z'),
      });
      reply.setCookie('visitor', 'v_1', { path: '/s/aB-_9', maxAge: 60, secure: true, httpOnly: true });
      reply.clearCookie('old', { path: '/s' });
      reply.setCookie('note', 'ünïcode; a/b=c', { signed: true });
      return { ok: true };
    });
    a.get('/read', async (req) => ({
      cookies: req.cookies,
      note: req.unsignCookie(req.cookies.note ?? ''),
    }));
    a.get('/download', (_req, reply) => reply.download('report.csv', 'Übersicht – März.csv'));
    return a;
  }

  test('Set-Cookie carries every attribute, and the cookies come back decoded and signed', async () => {
    const a = await app();
    const set = await a.inject({ url: '/set' });
    const headers = [set.headers['set-cookie']].flat();
    assert.deepEqual(headers.slice(0, 3), [
      'session=aZ09-_tok; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; SameSite=Lax',
      'visitor=v_1; Max-Age=60; Path=/s/aB-_9; HttpOnly; Secure; SameSite=Lax',
      'old=; Max-Age=0; Path=/s; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax',
    ]);

    // light-my-request writes the Cookie header from `cookies`; @fastify/cookie parses it back.
    const note = set.cookies.find((c) => c.name === 'note')?.value ?? '';
    const read = await a.inject({ url: '/read', cookies: { session: 'aZ09-_tok', note } });
    assert.deepEqual(read.json(), {
      cookies: { session: 'aZ09-_tok', note },
      note: { valid: true, renew: false, value: 'ünïcode; a/b=c' },
    });
    const raw = await a.inject({ url: '/read', headers: { cookie: 'a=1; b="x%20y"; broken; c=%E0' } });
    // Quotes are kept, a bad escape is left as it came, a pair without `=` is skipped.
    assert.deepEqual(raw.json().cookies, { a: '1', b: '"x y"', c: '%E0' });
    await a.close();
  });

  test('a download names its file in ASCII and in UTF-8', async () => {
    const a = await app();
    const r = await a.inject({ url: '/download' });
    assert.equal(r.statusCode, 200);
    assert.equal(
      r.headers['content-disposition'],
      `attachment; filename="?bersicht ? M?rz.csv"; filename*=UTF-8''%C3%9Cbersicht%20%E2%80%93%20M%C3%A4rz.csv`,
    );
    assert.equal(r.body, 'name\nAcme\n');
    await a.close();
  });
});
