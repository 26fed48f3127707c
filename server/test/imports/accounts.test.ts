import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Account } from '@trustcircle/contracts';
import { listAudit } from '../../src/modules/audit/index.ts';
import { importAccounts } from '../../src/modules/imports/index.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';
import { fixture, SF_ACCOUNTS } from './fixtures.ts';

const allAccounts = async (ws: TestWorkspace): Promise<Account[]> => {
  const r = await ws.api.get('/api/v1/accounts?limit=200&sort=createdAt');
  assert.equal(r.status, 200, r.text);
  return r.body.data;
};

describeEachDatabase('import accounts', (h) => {
  test('a Salesforce Data Loader export: Latin-1, duplicated name, meanings; twice creates nothing', async () => {
    const ws = await h().workspace();
    const input = { file: fixture(SF_ACCOUNTS), fileName: 'accounts.csv' };
    const progress: number[] = [];
    const first = await importAccounts({ ctx: ws.ctx, input, onProgress: (p) => progress.push(p.done) });
    assert.deepEqual(
      [first.total, first.created, first.updated, first.unchanged, first.skipped.length],
      [60, 60, 0, 0, 0],
      JSON.stringify(first.skipped),
    );
    assert.equal(first.encoding, 'windows-1252');
    assert.deepEqual(first.warnings[0], {
      row: null,
      message:
        'The file is not valid UTF-8 (first at line 30); it was read as Windows-1252 (Latin-1). Check accented letters.',
    });
    assert.ok(
      first.warnings.some(
        (w) => w.row === 25 && /same name or domain as row 23 but a different Salesforce id/.test(w.message),
      ),
      JSON.stringify(first.warnings),
    );
    assert.deepEqual(progress.slice(0, 2), [0, 1]);
    assert.equal(progress.at(-1), 60);

    const accounts = await allAccounts(ws);
    assert.equal(accounts.length, 60);
    const byName = (name: string) => accounts.filter((a) => a.name === name);
    const madrid = byName('Recall Information Management, S. A.')[0];
    assert.equal(madrid?.customFields.street, '00045844 c/ San Romualdo, 26 5º');
    assert.equal(madrid?.externalId, 'salesforce:001x0000002xLDJAA2');
    assert.equal(byName('Pébéo of America').length, 1);
    const twins = byName('????????????????');
    assert.deepEqual(twins.map((a) => a.externalId).sort(), [
      'salesforce:001x0000002xLCCAA2',
      'salesforce:001x0000002xLCEAA2',
    ]);
    const sf = byName('salesforce.com')[0];
    assert.deepEqual(
      [sf?.stage, sf?.domain, sf?.arr, sf?.customFields.annualRevenue, sf?.customFields.employees],
      ['customer', 'salesforce.com', 0, 60_000_000, 350],
      'their annual revenue is a custom field, not our ARR',
    );
    assert.equal(byName('Acme')[0]?.stage, 'prospect');
    assert.equal(byName('Gravity Investments')[0]?.stage, 'prospect', 'no TYPE: the default stage');
    assert.equal(accounts.filter((a) => a.customFields.country === 'US').length, 39);
    assert.equal(byName('Alquatra Group, Inc.')[0]?.customFields.country, 'US', '"United States" → US');

    const again = await importAccounts({ ctx: ws.ctx, input });
    assert.deepEqual(
      [again.total, again.created, again.updated, again.unchanged, again.skipped.length],
      [60, 0, 0, 60, 0],
    );
    assert.equal((await allAccounts(ws)).length, 60);

    await h().drain();
    const timeline = await ws.api.get(`/api/v1/accounts/${sf?.id}/timeline`);
    assert.ok(
      timeline.body.data.some(
        (e: { body: string }) => e.body === 'Added as Customer by import from accounts.csv.',
      ),
      timeline.text,
    );
    const audit = await listAudit({ ctx: ws.ctx, input: { limit: 5 } });
    const completed = audit.data.filter((e: { action: string }) => e.action === 'import.completed');
    assert.equal(completed.length, 2);
    assert.deepEqual(completed[1]?.data, {
      kind: 'accounts',
      file: 'accounts.csv',
      total: 60,
      created: 60,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      warnings: 7,
      encoding: 'windows-1252',
    });
  });

  test('a dry run counts exactly what an import would do and saves nothing', async () => {
    const ws = await h().workspace();
    const input = { file: fixture(SF_ACCOUNTS), fileName: 'accounts.csv', dryRun: true };
    const dry = await importAccounts({ ctx: ws.ctx, input });
    assert.deepEqual([dry.dryRun, dry.created, dry.warnings.length], [true, 60, 7]);
    assert.equal((await allAccounts(ws)).length, 0);
    const audit = await listAudit({ ctx: ws.ctx, input: { limit: 50 } });
    assert.equal(audit.data.filter((e: { action: string }) => e.action.startsWith('account')).length, 0);
  });

  test('HubSpot companies: lifecycle stages, owner by email, one warning per unknown owner', async () => {
    const ws = await h().workspace();
    const dana = await createUser({
      ctx: ws.ctx,
      input: {
        email: 'dana.owner@example.com',
        name: 'Dana Owner',
        password: 'a long enough password',
        role: 'csm',
      },
    });
    const file = fixture('hubspot_companies_handmade.csv');
    const report = await importAccounts({ ctx: ws.ctx, input: { file, fileName: 'companies.csv' } });
    assert.deepEqual([report.created, report.skipped.length], [6, 0]);
    const accounts = await allAccounts(ws);
    const get = (name: string) => accounts.find((a) => a.name === name);
    assert.equal(get('Globex Corporation')?.owner?.id, dana.id);
    assert.equal(get('Globex Corporation')?.externalId, 'hubspot:9001');
    assert.deepEqual(
      [
        'Globex Corporation',
        'Initech',
        'Umbrella Corporation',
        'Hooli',
        'Soylent',
        'Vehement Capital Partners, LLC',
      ].map((n) => get(n)?.stage),
      ['customer', 'prospect', 'advocate', 'prospect', 'stranger', 'prospect'],
    );
    assert.equal(get('Hooli')?.domain, 'hooli.example');
    assert.equal(get('Soylent')?.domain, null);
    assert.equal(get('Umbrella Corporation')?.customFields.annualRevenue, 1_500_000_000);
    const messages = report.warnings.map((w) => `${w.row}: ${w.message}`);
    assert.ok(
      messages.includes(
        '3: owner "Bill Lumbergh" is not a member of this workspace; rows with this owner import without one',
      ),
    );
    assert.ok(messages.includes('6: website "not a domain" is not a domain; imported without one'));
  });

  test('our own column names, with user mapping, and what a changed file updates', async () => {
    const ws = await h().workspace();
    const csv = (arr: number, stage: string) =>
      Buffer.from(
        [
          'name,domain,stage,tier,arr,renewalDate,tags,ownerEmail,Segment,Internal notes',
          `Acme,acme.example,${stage},growth,${arr},2027-03-31,"emea;pilot",${ws.admin.email},Mid-market,secret`,
          'Globex,globex.example,prospect,,,,,,,',
        ].join('\n'),
      );
    const map = ['Segment=custom.segment', 'Internal notes=ignore'];
    const first = await importAccounts({
      ctx: ws.ctx,
      input: { file: csv(48000, 'customer'), fileName: 'mine.csv', map },
    });
    assert.deepEqual([first.created, first.ignoredColumns], [2, ['Internal notes']]);
    const acme = (await allAccounts(ws)).find((a) => a.name === 'Acme');
    assert.deepEqual(
      [acme?.arr, acme?.tier, acme?.renewalDate, acme?.tags, acme?.owner?.id, acme?.customFields],
      [48000, 'growth', '2027-03-31', ['emea', 'pilot'], ws.admin.id, { segment: 'Mid-market' }],
    );
    const second = await importAccounts({
      ctx: ws.ctx,
      input: { file: csv(60000, 'prospect'), fileName: 'mine.csv', map },
    });
    assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 1]);
    assert.ok(second.warnings.some((w) => w.row === 2 && /kept stage customer/.test(w.message)));
    const after = (await allAccounts(ws)).find((a) => a.name === 'Acme');
    assert.deepEqual([after?.arr, after?.stage], [60000, 'customer']);
    await h().drain();
    const timeline = await ws.api.get(`/api/v1/accounts/${acme?.id}/timeline`);
    assert.ok(
      timeline.body.data.some((e: { body: string }) => e.body === 'ARR: 48,000 → 60,000'),
      timeline.text,
    );
  });

  test('rows match accounts made by hand (domain, then name); repeats in a file are skipped', async () => {
    const ws = await h().workspace();
    const made = await ws.api.post('/api/v1/accounts', {
      name: 'Initech',
      domain: 'initech.example',
      stage: 'customer',
    });
    assert.equal(made.status, 201, made.text);
    const file = Buffer.from(
      [
        'Company name,Website,Industry',
        'Initech Inc.,https://initech.example,Software',
        'INITECH INC.,,Software',
        ',x.com,',
      ].join('\r\n'),
    );
    const r = await importAccounts({ ctx: ws.ctx, input: { file, fileName: 'x.csv' } });
    assert.deepEqual([r.created, r.updated], [0, 1]);
    assert.deepEqual(r.skipped, [
      { row: 3, reason: 'duplicate of row 2' },
      { row: 4, reason: 'no account name' },
    ]);
    const [only] = await allAccounts(ws);
    assert.deepEqual(
      [only?.id, only?.name, only?.customFields.industry],
      [made.body.id, 'Initech Inc.', 'Software'],
    );
  });

  test('UTF-16 and UTF-8-BOM files with a mapping give the same accounts; escaped quotes survive', async () => {
    for (const name of [
      'salesforce_dataloader_csvtext_BOM_UTF16LE.csv',
      'salesforce_dataloader_csvtext_BOM_UTF8.csv',
    ]) {
      const ws = await h().workspace();
      const r = await importAccounts({
        ctx: ws.ctx,
        input: {
          file: fixture(name),
          fileName: name,
          map: ['column1=name', 'column2=custom.second', 'column3=ignore'],
        },
      });
      assert.deepEqual([r.created, r.encoding], [2, name.includes('UTF16') ? 'utf-16le' : 'utf-8-bom']);
      const accounts = await allAccounts(ws);
      assert.deepEqual(
        accounts.map((a) => [a.name, a.customFields.second]),
        [
          ['row1-1', 'row1-2'],
          ['row2-1', 'row2-2'],
        ],
      );
    }
    const ws = await h().workspace();
    const file = fixture('salesforce_dataloader_csvEscapedQuotes.csv');
    const r = await importAccounts({
      ctx: ws.ctx,
      input: { file, fileName: 'q.csv', map: ['column1=name'] },
    });
    assert.deepEqual([r.created, r.skipped.length], [2, 0]);
    assert.deepEqual((await allAccounts(ws)).map((a) => a.name).sort(), [
      '"The Best" Account',
      'The "Best" Account',
    ]);
  });
});
