import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { afterEach, test } from 'node:test';
import { THROTTLE, waitAfter } from '../../src/modules/users/throttle.ts';
import { BASE_URL, describeEachDatabase, type Harness } from '../harness/index.ts';

type Login = Awaited<ReturnType<Harness['app']['inject']>>;

/**
 * Sign-in throttling against real attacks: an attacker hammering one account, guessing on
 * many accounts from one address, or probing which emails exist. Each test uses addresses of
 * its own, so the per-address cap of one never touches another.
 */
describeEachDatabase('sign-in throttling', (h) => {
  let net = 0;
  /** A fresh address in TEST-NET-3 for each caller. */
  const address = () => `203.0.113.${++net}`;

  const login = (email: string, password: string, from: string, cookie?: string) =>
    h().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: from,
      headers: { origin: BASE_URL, ...(cookie ? { cookie } : {}) },
      payload: { email, password },
    });
  const deviceCookie = (res: Login) => {
    const c = res.cookies.find((x) => x.name.startsWith('tc_device_'));
    assert.ok(c, 'a device cookie was set');
    return c;
  };
  const asCookie = (c: { name: string; value: string }) => `${c.name}=${c.value}`;
  const retryAfter = (res: Login) => Number(res.headers['retry-after']);
  afterEach(() => h().clock.reset());

  test('the owner signs in from their browser while an attacker hammers the account from the same address', async () => {
    const ws = await h().workspace();
    const office = address();
    // The clock stands still: a slow machine must not let the attacker's wait run out mid-test.
    h().clock.set('2026-11-22T10:00:00.000Z');
    const first = await login(ws.admin.email, ws.admin.password, office);
    assert.equal(first.statusCode, 200, first.body);
    const device = deviceCookie(first);
    assert.equal(device.httpOnly, true);
    assert.equal(device.path, '/api/v1/auth/login', 'sent to the login only');
    assert.equal(device.sameSite, 'Lax');

    // The attacker is behind the same NAT and fires many guesses at once.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(ws.admin.email, `guess number ${i}`, office)),
    );
    const evaluated = burst.filter((r) => r.statusCode === 401).length;
    assert.ok(evaluated >= 1 && evaluated <= THROTTLE.freeFailures + 1, `${evaluated} guesses were checked`);
    assert.ok(burst.every((r) => r.statusCode === 401 || r.statusCode === 429));
    const held = burst.find((r) => r.statusCode === 429);
    assert.ok(held && retryAfter(held) > 0);
    assert.match(
      held.json().error.message,
      /Too many failed sign-ins for this account\. Try again in \d+ seconds?\./,
    );
    assert.equal(held.json().error.code, 'LIMIT_EXCEEDED');

    const stranger = await login(ws.admin.email, ws.admin.password, office);
    assert.equal(
      stranger.statusCode,
      429,
      'a browser without the cookie waits, even with the right password',
    );

    const owner = await login(ws.admin.email, ws.admin.password, office, asCookie(device));
    assert.equal(owner.statusCode, 200, owner.body);
    const rotated = deviceCookie(owner);
    assert.notEqual(rotated.value, device.value, 'a new device cookie at every sign-in');

    // The owner's own typos count on the browser's own counter, not the attacker's.
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      assert.equal((await login(ws.admin.email, 'my typo', office, asCookie(rotated))).statusCode, 401);
    const again = await login(ws.admin.email, ws.admin.password, office, asCookie(rotated));
    assert.equal(again.statusCode, 200, again.body);
  });

  test('a device cookie for another account, or an altered one, gets no lane of its own', async () => {
    const ws = await h().workspace();
    const colleague = await ws.member('csm');
    const from = address();
    const theirs = deviceCookie(await login(colleague.email, 'correct horse battery staple', from));
    const mine = deviceCookie(await login(ws.admin.email, ws.admin.password, from));
    for (let i = 0; i <= THROTTLE.freeFailures; i++)
      assert.equal((await login(colleague.email, `guess ${i}`, address())).statusCode, 401);
    const last = theirs.value.at(-1) === 'A' ? 'B' : 'A';
    const forged = [
      { name: theirs.name, value: `${theirs.value.slice(0, -1)}${last}` },
      { name: theirs.name, value: mine.value },
    ];
    for (const c of forged)
      assert.equal(
        (await login(colleague.email, 'correct horse battery staple', from, asCookie(c))).statusCode,
        429,
      );
    const real = await login(colleague.email, 'correct horse battery staple', from, asCookie(theirs));
    assert.equal(real.statusCode, 200, real.body);
  });

  test("an attacker's guesses slow down exponentially, and a refused one is not even checked", async () => {
    const ws = await h().workspace();
    const attacker = address();
    h().clock.set('2026-11-22T10:00:00.000Z');
    const waits: number[] = [];
    for (let guess = 0; guess < 12; guess++) {
      let r = await login(ws.admin.email, `guess ${guess}`, attacker);
      if (r.statusCode === 429) {
        const wait = retryAfter(r);
        waits.push(wait);
        // Hammering inside the wait, even with the right password, changes nothing.
        h().clock.advance(Math.floor((wait * 1000) / 2));
        const inside = await login(ws.admin.email, ws.admin.password, attacker);
        assert.equal(inside.statusCode, 429);
        assert.ok(retryAfter(inside) <= wait - Math.floor(wait / 2));
        h().clock.advance(wait * 1000);
        r = await login(ws.admin.email, `guess ${guess}`, attacker);
      } else waits.push(0);
      assert.equal(r.statusCode, 401, r.body);
    }
    assert.deepEqual(
      waits,
      Array.from({ length: 12 }, (_, i) => waitAfter(i) / 1000),
    );
    assert.deepEqual(waits.slice(4, 9), [2, 4, 8, 16, 32]);

    h().clock.advance(THROTTLE.maxWaitMs);
    const owner = await login(ws.admin.email, ws.admin.password, attacker);
    assert.equal(owner.statusCode, 200, 'once the wait is over the right password works');
    assert.equal(
      (await login(ws.admin.email, 'one typo', address())).statusCode,
      401,
      'the success reset the counter: no wait after the next failure',
    );
    assert.equal((await login(ws.admin.email, ws.admin.password, address())).statusCode, 200);
  });

  test('one address is capped across accounts; other addresses and known browsers are not', async () => {
    const ws = await h().workspace();
    const sprayer = address();
    h().clock.set('2026-11-22T10:00:00.000Z');
    const trusted = deviceCookie(await login(ws.admin.email, ws.admin.password, sprayer));
    // One guess on each of many accounts, real and not, all at once.
    const victim = (i: number) => `victim-${i}-${net}@example.com`;
    const spray = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(victim(i), 'Summer2026!', sprayer)),
    );
    let evaluated = spray.filter((r) => r.statusCode === 401).length;
    assert.ok(evaluated <= THROTTLE.perAddress, `${evaluated} guesses were checked`);
    assert.ok(spray.every((r) => r.statusCode === 401 || r.statusCode === 429));
    // Racing attempts may refuse each other near the cap; one at a time it is exact.
    let capped = spray.find((r) => r.statusCode === 429);
    for (let i = 40; i < 80; i++) {
      const r = await login(victim(i), 'Summer2026!', sprayer);
      if (r.statusCode === 429) {
        capped = r;
        break;
      }
      evaluated += 1;
    }
    assert.equal(evaluated, THROTTLE.perAddress);
    assert.ok(capped, 'the cap was reached');
    assert.match(capped.json().error.message, /from your network/);
    assert.ok(retryAfter(capped) > 0 && retryAfter(capped) <= THROTTLE.addressWindowMs / 1000);

    const member = await ws.member('viewer');
    const right = 'correct horse battery staple';
    assert.equal((await login(member.email, right, sprayer)).statusCode, 429, 'the whole address waits');
    assert.equal((await login(member.email, right, address())).statusCode, 200, 'elsewhere is fine');
    const owner = await login(ws.admin.email, ws.admin.password, sprayer, asCookie(trusted));
    assert.equal(owner.statusCode, 200, 'a browser that signed in before is not capped');

    h().clock.advance(THROTTLE.addressWindowMs);
    assert.equal((await login(member.email, right, sprayer)).statusCode, 200, 'the window slides on');
  });

  test('a forwarded-for header is not believed unless a proxy is trusted', async () => {
    const attacker = address();
    for (let i = 0; i <= THROTTLE.freeFailures; i++) {
      const r = await h().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: attacker,
        headers: { origin: BASE_URL, 'x-forwarded-for': `198.51.100.${i}` },
        payload: { email: `spoof-${i}-${net}@example.com`, password: 'whatever it is' },
      });
      assert.equal(r.statusCode, 401);
    }
    const rows = await h()
      .runtime.platform.db.selectFrom('login_failures')
      .select('ip')
      .where('email', 'like', `spoof-%-${net}@example.com`)
      .execute();
    assert.deepEqual(
      rows.map((r) => r.ip),
      Array(THROTTLE.freeFailures + 1).fill(attacker),
    );
  });

  test('unknown emails get the same answers, waits and timing as wrong passwords', async () => {
    const ws = await h().workspace();
    const ghost = `ghost-${net}@example.com`;
    const known = address();
    const unknown = address();
    const answers = async (email: string, from: string) => {
      const out: Array<{ status: number; body: unknown; retry: string | undefined }> = [];
      for (let i = 0; i < 6; i++) {
        const r = await login(email, `guess ${i}`, from);
        out.push({ status: r.statusCode, body: r.json(), retry: r.headers['retry-after'] as string });
      }
      return out;
    };
    h().clock.set('2026-11-22T10:00:00.000Z');
    const a = await answers(ws.admin.email, known);
    const b = await answers(ghost, unknown);
    assert.deepEqual(a, b);
    assert.deepEqual(
      a.map((x) => x.status),
      [401, 401, 401, 401, 429, 429],
    );

    // Interleaved, each attempt after its wait: both sides check a password (scrypt).
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 8; i++) {
      h().clock.advance(THROTTLE.maxWaitMs);
      for (const [side, email, from] of [
        ['known', ws.admin.email, known],
        ['unknown', ghost, unknown],
      ] as const) {
        const t0 = performance.now();
        const r = await login(email, `timed ${i}`, from);
        times[side].push(performance.now() - t0);
        assert.equal(r.statusCode, 401);
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
    const [mk, mu] = [median(times.known), median(times.unknown)];
    // Interleaved medians, compared as a ratio: a path that skipped the hash would take a few
    // per cent of the other, while the load of a busy machine moves both alike.
    assert.ok(mk > 10 && mu > 10, `both paths hash a password: ${mk} ms, ${mu} ms`);
    assert.ok(Math.min(mk, mu) / Math.max(mk, mu) > 0.33, `${mk} ms vs ${mu} ms`);
  });
});
