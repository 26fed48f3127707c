import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';
import { fixture, SF_ACCOUNTS } from './fixtures.ts';

const CSV = { 'content-type': 'text/csv' };

describeEachDatabase('imports over HTTP', (h) => {
  /** The harness client sends strings as they are; a file upload needs its raw bytes. */
  const upload = async (
    ws: TestWorkspace,
    url: string,
    body: Buffer,
    headers: Record<string, string> = CSV,
  ) => {
    const res = await h().app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${ws.api.bearer}`, origin: 'http://trustcircle.test', ...headers },
      payload: body,
    });
    return { status: res.statusCode, body: res.json(), text: res.body };
  };
  const count = async (ws: TestWorkspace) => (await ws.api.get('/api/v1/accounts?count=true')).body.total;

  test('POST a CSV body, with repeated map parameters; a dry run first', async () => {
    const ws = await h().workspace();
    const file = fixture('salesforce_dataloader_csvtext_BOM_UTF16LE.csv');
    const url = '/api/v1/imports/accounts?map=column1%3Dname&map=column2%3Dcustom.note&fileName=rows.csv';
    const dry = await upload(ws, `${url}&dryRun=true`, file);
    assert.equal(dry.status, 200, dry.text);
    assert.deepEqual([dry.body.dryRun, dry.body.created, dry.body.file], [true, 2, 'rows.csv']);
    assert.equal(await count(ws), 0);
    const real = await upload(ws, url, file, { 'content-type': 'text/csv; charset=utf-16le' });
    assert.equal(real.status, 200, real.text);
    assert.deepEqual(real.body.mapping, { column1: 'name', column2: 'custom.note' });
    assert.deepEqual(real.body.ignoredColumns, ['column3']);
    assert.equal(real.body.encoding, 'utf-16le');
    assert.equal(await count(ws), 2);
  });

  test('a file that is not CSV is a 400 with a clear message and changes nothing', async () => {
    const ws = await h().workspace();
    await upload(ws, '/api/v1/imports/accounts', fixture(SF_ACCOUNTS));
    const before = await count(ws);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const bad = await upload(ws, '/api/v1/imports/accounts', png);
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error.code, 'VALIDATION');
    assert.match(bad.body.error.message, /not text/);
    const opportunities = await upload(
      ws,
      '/api/v1/imports/accounts',
      fixture('salesforce_dataloader_opportunityData_excerpt.csv'),
    );
    assert.equal(opportunities.status, 400);
    assert.match(opportunities.body.error.message, /Salesforce Opportunity export/);
    const unknownColumn = await upload(ws, '/api/v1/imports/accounts?map=Nope%3Dname', fixture(SF_ACCOUNTS));
    assert.equal(unknownColumn.status, 400);
    assert.match(unknownColumn.body.error.message, /no column "Nope"/);
    const json = await ws.api.post('/api/v1/imports/accounts', { name: 'Acme' });
    assert.equal(json.status, 400);
    assert.match(json.body.error.message, /Content-Type: text\/csv/);
    assert.equal(await count(ws), before);
  });

  test('more than 5 MB is refused; a CSM may not import; a read-only key may not either', async () => {
    const ws = await h().workspace();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    assert.equal((await upload(ws, '/api/v1/imports/accounts', big)).status, 413);
    const csm = await ws.member('csm');
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/v1/imports/contacts',
      headers: { cookie: csm.client.cookie ?? '', origin: 'http://trustcircle.test', ...CSV },
      payload: fixture('hubspot_contacts_handmade.csv'),
    });
    assert.equal(res.statusCode, 403, res.body);
    const readOnly = await ws.apiKey('read');
    const ro = await h().app.inject({
      method: 'POST',
      url: '/api/v1/imports/accounts',
      headers: { authorization: `Bearer ${readOnly.bearer}`, ...CSV },
      payload: fixture('hubspot_companies_handmade.csv'),
    });
    assert.equal(ro.statusCode, 403, ro.body);
    assert.equal(await count(ws), 0);
  });

  test('two workspaces: importing into A never reads or touches B', async () => {
    const a = await h().workspace();
    const b = await h().workspace();
    const file = fixture('hubspot_companies_handmade.csv');
    assert.equal((await upload(b, '/api/v1/imports/accounts', file)).body.created, 6);
    const bBefore = (await b.api.get('/api/v1/accounts?limit=200')).body.data;
    const intoA = await upload(a, '/api/v1/imports/accounts', file);
    assert.deepEqual([intoA.body.created, intoA.body.unchanged], [6, 0], 'B’s accounts are not A’s');
    const people = await upload(a, '/api/v1/imports/contacts', fixture('hubspot_contacts_handmade.csv'));
    assert.equal(people.body.created, 4);
    assert.deepEqual((await b.api.get('/api/v1/accounts?limit=200')).body.data, bBefore);
    assert.equal((await b.api.get('/api/v1/contacts')).body.data.length, 0);
    const aIds = new Set(
      (await a.api.get('/api/v1/accounts?limit=200')).body.data.map((x: { id: string }) => x.id),
    );
    assert.ok(bBefore.every((x: { id: string }) => !aIds.has(x.id)));
  });
});
