import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvent } from '../../src/modules/timeline/describe.ts';

const id = '01a20248-3bbe-7211-b67d-6c5c1ff2a035';

test('stage changes read as a move on the circle', () => {
  const e = describeEvent('account.stage_changed', {
    subject: { type: 'account', id },
    data: { from: 'customer', to: 'advocate' },
  });
  assert.equal(e?.title, 'Stage: Customer → Advocate');
  assert.equal(e?.accountId, id);
});

test('imported accounts say where they came from', () => {
  const e = describeEvent('account.created', {
    subject: { type: 'account', id },
    data: { stage: 'prospect', source: 'import', file: 'accounts.csv' },
  });
  assert.equal(e?.body, 'Added as Prospect by import from accounts.csv.');
});

test('only meaningful account changes reach the timeline', () => {
  assert.equal(
    describeEvent('account.updated', {
      subject: { type: 'account', id },
      data: { changed: ['tags', 'customFields'] },
    }),
    null,
  );
  const e = describeEvent('account.updated', {
    subject: { type: 'account', id },
    data: {
      changed: ['owner', 'renewalDate'],
      before: { owner: null, renewalDate: '2027-01-01' },
      after: { owner: 'Ada', renewalDate: null },
    },
  });
  assert.equal(e?.body, 'Owner: — → Ada\nRenewal date: 2027-01-01 → —');
});

test('events the timeline does not show give null', () => {
  assert.equal(describeEvent('apikey.created', { subject: { type: 'api_key', id } }), null);
});
