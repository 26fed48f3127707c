import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BASE_URL, describeEachDatabase, type TestWorkspace } from '../harness/index.ts';
import { basic, createSource, track } from '../ingest/helpers.ts';
import { CLIENTS, type WireReply } from './wire.ts';

const KB = 1024;
const MB = 1024 * KB;

/** A JSON body of about `bytes` bytes: one long string. */
const jsonOf = (bytes: number, key = 'name') => Buffer.from(JSON.stringify({ [key]: 'x'.repeat(bytes) }));

/** Every client style gets the 413 with its body, never a reset connection. */
async function eachClient(
  url: string,
  body: Buffer,
  headers: Record<string, string>,
  check: (reply: Extract<WireReply, { status: number }>, client: string) => void,
) {
  for (const [name, send] of Object.entries(CLIENTS)) {
    const reply = await send({ url, body, headers });
    assert.ok(
      !('error' in reply),
      `${name}, ${body.length} bytes to ${url}: ${'error' in reply ? reply.error : ''}`,
    );
    check(reply, `${name}, ${body.length} bytes`);
  }
}

function assertJson413(reply: Extract<WireReply, { status: number }>, client: string, limitBytes: number) {
  assert.equal(reply.status, 413, `${client}: ${reply.body.slice(0, 200)}`);
  assert.match(reply.contentType, /^application\/json/, client);
  const { error } = JSON.parse(reply.body);
  assert.equal(error.code, 'TOO_LARGE', client);
  assert.match(error.message, /is larger than \d+(\.\d)? [KM]B/, client);
  assert.deepEqual(error.details, { limitBytes }, client);
}

describeEachDatabase(
  'request bodies over their limit',
  (h) => {
    let server = '';
    before(async () => {
      server = await h().app.listen({ port: 0, host: '127.0.0.1' });
    });
    const count = async (table: 'accounts' | 'usage_events' | 'plan_comments', workspaceId: string) => {
      const r = await h()
        .runtime.platform.db.selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    };
    const bearer = (ws: TestWorkspace) => ({ authorization: `Bearer ${ws.api.bearer}` });

    test('API JSON: over 1 MB answers 413 with the error body, to every kind of client', async () => {
      const ws = await h().workspace();
      const json = { ...bearer(ws), 'content-type': 'application/json' };
      for (const size of [MB + 1, 6 * MB]) {
        await eachClient(`${server}/api/v1/accounts`, jsonOf(size), json, (r, c) => assertJson413(r, c, MB));
      }
      assert.equal(await count('accounts', ws.id), 0);
      const under = await ws.api.post('/api/v1/accounts', { name: 'x'.repeat(600 * KB) });
      assert.equal(under.status, 400, 'under the body limit, a field too long is a field error');
    });

    test('a large body refused before it is read (no key, a foreign origin) still gets its answer', async () => {
      await h().workspace();
      const json = { 'content-type': 'application/json' };
      const foreign = { ...json, origin: 'https://evil.example', cookie: 'tc_session=stolen' };
      for (const [headers, status] of [
        [json, 401],
        [foreign, 403],
      ] as const) {
        await eachClient(`${server}/api/v1/accounts`, jsonOf(6 * MB), headers, (r, c) => {
          assert.equal(r.status, status, `${c}: ${r.body.slice(0, 200)}`);
          assert.ok(JSON.parse(r.body).error.message, c);
        });
      }
    });

    test('API JSON: a value over its size limit (a 600 KB logo) is a 413 too, whatever its size', async () => {
      const ws = await h().workspace();
      const json = { ...bearer(ws), 'content-type': 'application/json' };
      const logo = (bytes: number) => `data:image/png;base64,${'A'.repeat(bytes)}`;
      for (const bytes of [200 * KB, 600 * KB]) {
        const r = await ws.api.patch('/api/v1/workspace', { logo: logo(bytes) });
        assert.equal(r.status, 413, r.text);
        assert.equal(r.body.error.code, 'TOO_LARGE');
        assert.match(r.body.error.message, /logo: must be under about 100 KB/);
      }
      const huge = Buffer.from(JSON.stringify({ logo: logo(6 * MB) }));
      const res = await CLIENTS['socket, reads after sending']?.({
        url: `${server}/api/v1/workspace`,
        body: huge,
        headers: json,
      });
      assert.ok(res && !('error' in res) && res.status === 413, JSON.stringify(res).slice(0, 300));
      const bad = await ws.api.patch('/api/v1/workspace', { logo: 'data:text/html;base64,AAAA' });
      assert.equal(bad.status, 400, 'a wrong value is still a 400');
      assert.equal((await ws.api.get('/api/v1/workspace')).body.logo, null);
    });

    test('ingestion: over 500 KB on the wire or decompressed answers 413 in the same shape; nothing stored', async () => {
      const ws = await h().workspace();
      const source = await createSource((await ws.member('admin')).client);
      const headers = { authorization: basic(source.writeKey), 'content-type': 'application/json' };
      const batch = (bytes: number) =>
        Buffer.from(JSON.stringify({ batch: [track({ properties: { blob: 'x'.repeat(bytes) } })] }));
      for (const size of [600 * KB, 6 * MB]) {
        await eachClient(`${server}/v1/batch`, batch(size), headers, (r, c) => assertJson413(r, c, 500 * KB));
      }
      const zipped = gzipSync(batch(520 * KB));
      assert.ok(zipped.length < 500 * KB);
      await eachClient(`${server}/v1/batch`, zipped, { ...headers, 'content-encoding': 'gzip' }, (r, c) => {
        assertJson413(r, c, 500 * KB);
        assert.match(JSON.parse(r.body).error.message, /decompressed; send smaller batches/);
      });
      assert.equal(await count('usage_events', ws.id), 0);
    });

    test('imports: a CSV over 5 MB answers 413, and so does JSON sent to the import', async () => {
      const ws = await h().workspace();
      const csv = Buffer.from(`name\n${'Acme Corporation\n'.repeat((6 * MB) / 17)}`);
      await eachClient(
        `${server}/api/v1/imports/accounts`,
        csv,
        { ...bearer(ws), 'content-type': 'text/csv' },
        (r, c) => assertJson413(r, c, 5 * MB),
      );
      await eachClient(
        `${server}/api/v1/imports/accounts`,
        jsonOf(6 * MB),
        { ...bearer(ws), 'content-type': 'application/json' },
        (r, c) => assertJson413(r, c, 5 * MB),
      );
      assert.equal(await count('accounts', ws.id), 0);
    });

    test('share and rating forms: over 64 KB answers a 413 page; a long comment in any script fits', async () => {
      const ws = await h().workspace();
      const acc = await ws.api.post('/api/v1/accounts', { name: 'Initech', stage: 'customer' });
      const plan = await ws.api.post('/api/v1/plans', {
        accountId: acc.body.id,
        title: 'Initech onboarding',
        tasks: [{ title: 'Kickoff call', ownerSide: 'vendor' }],
      });
      assert.equal(plan.status, 201, plan.text);
      const link = await ws.api.post(`/api/v1/plans/${plan.body.id}/share-links`, {});
      const path = String(link.body.url).slice(BASE_URL.length);
      const comments = `${server}${path}/tasks/${plan.body.tasks[0].id}/comments`;
      const form = { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' };
      const body = (text: string) => Buffer.from(new URLSearchParams({ body: text }).toString());
      for (const size of [600 * KB, 6 * MB]) {
        await eachClient(comments, body('x'.repeat(size)), form, (r, c) => {
          assert.equal(r.status, 413, c);
          assert.match(r.contentType, /^text\/html/, c);
          assert.match(r.body, /That was too much to send/, c);
        });
      }
      assert.equal(await count('plan_comments', ws.id), 0);
      const japanese = body('進捗'.repeat(2000));
      assert.ok(japanese.length > 32 * KB, 'a 4,000-character comment, URL-encoded');
      const sent = await h().app.inject({
        method: 'POST',
        url: comments.slice(server.length),
        headers: form,
        payload: japanese,
      });
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
      assert.equal(await count('plan_comments', ws.id), 1);

      const guide = await ws.api.post('/api/v1/resources', { kind: 'kb_article', title: 'Guide' });
      const slug = String(guide.body.trackingUrl).split('/r/')[1];
      await eachClient(
        `${server}/r/${slug}/rate`,
        Buffer.from(`rating=5&comment=${'x'.repeat(600 * KB)}`),
        form,
        (r, c) => {
          assert.equal(r.status, 413, c);
          assert.match(r.body, /That was too much to send/, c);
        },
      );
    });
  },
  {},
);
