import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importAccounts } from '../../src/modules/imports/index.ts';
import { describeEachDatabase } from '../harness/index.ts';
import { SHARED_CRM_SAMPLES, shared, sharedAvailable } from './fixtures.ts';

const skip = sharedAvailable()
  ? false
  : `${SHARED_CRM_SAMPLES} is not here; the excerpt tests cover the same cases`;

describeEachDatabase('import the full Salesforce sample (shared datasets)', (h) => {
  test('all 423 accounts, then a second import that creates nothing', { skip }, async () => {
    const ws = await h().workspace();
    const input = { file: shared('salesforce_dataloader_accountData.csv'), fileName: 'accountData.csv' };
    const first = await importAccounts({ ctx: ws.ctx, input });
    assert.deepEqual(
      [first.total, first.created, first.skipped.length, first.encoding],
      [423, 423, 0, 'windows-1252'],
    );
    assert.ok(
      first.warnings.some((w) => w.row === 37 && /row 35/.test(w.message)),
      JSON.stringify(first.warnings),
    );
    const again = await importAccounts({ ctx: ws.ctx, input });
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 423]);
    const count = await ws.api.get('/api/v1/accounts?count=true&limit=1');
    assert.equal(count.body.total, 423);
    const pebeo = await ws.api.get(`/api/v1/accounts?q=${encodeURIComponent('Pébéo')}`);
    assert.equal(pebeo.body.data[0]?.customFields.street, '00053126 1905 Roy Ave');
    assert.equal(pebeo.body.data[0]?.customFields.state, 'CN', 'an invalid state code is kept as written');
  });

  test('the opportunity export is refused as accounts', { skip }, async () => {
    const ws = await h().workspace();
    const file = shared('salesforce_dataloader_opportunityData.csv');
    await assert.rejects(
      importAccounts({ ctx: ws.ctx, input: { file, fileName: 'opportunityData.csv' } }),
      /Salesforce Opportunity export \(its ids start with 006\)/,
    );
  });
});
