import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Account } from '@trustcircle/contracts';
import { accountPatch, nextStage } from '../../src/modules/imports/diff.ts';
import { buildIndex, findAccountFor, matchAccount, putAccount } from '../../src/modules/imports/match.ts';
import type { AccountRow } from '../../src/modules/imports/rows.ts';

let n = 0;
const account = (over: Partial<Account>): Account => ({
  id: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  name: 'Acme',
  domain: null,
  owner: null,
  tier: null,
  arr: 0,
  mrr: 0,
  contractStart: null,
  renewalDate: null,
  renewal: { status: 'none', daysLeft: null },
  stage: 'prospect',
  phase: null,
  stageSince: '2026-01-01T00:00:00.000Z',
  phaseSince: null,
  tags: [],
  customFields: {},
  externalId: null,
  contactsCount: 0,
  usage: { lastSeenAt: null, events30d: 0, activeUsers30d: 0 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const row = (over: Partial<AccountRow>): AccountRow => ({
  externalId: null,
  name: 'Acme',
  domain: null,
  stage: null,
  tier: null,
  arr: null,
  mrr: null,
  renewalDate: null,
  contractStart: null,
  tags: [],
  owner: null,
  customFields: {},
  deleted: false,
  warnings: [],
  ...over,
});

describe('matchAccount', () => {
  const bySf = account({ name: 'Globex', externalId: 'salesforce:001A', domain: 'globex.com' });
  const handMade = account({ name: 'Initech', domain: 'initech.com' });
  const noDomain = account({ name: 'Crédito  Inmobiliario' });
  const index = buildIndex([bySf, handMade, noDomain]);

  test('by external id first, then domain, then normalised name', () => {
    assert.equal(
      matchAccount(index, row({ externalId: 'salesforce:001A', name: 'Renamed' })).account?.id,
      bySf.id,
    );
    const viaDomain = matchAccount(
      index,
      row({ externalId: 'hubspot:9', name: 'Initech LLC', domain: 'initech.com' }),
    );
    assert.deepEqual([viaDomain.account?.id, viaDomain.via], [handMade.id, 'domain']);
    const viaName = matchAccount(index, row({ name: 'credito inmobiliario' }));
    assert.deepEqual([viaName.account?.id, viaName.via], [noDomain.id, 'name']);
  });

  test('another record of the same system never matches by name or domain', () => {
    const m = matchAccount(index, row({ externalId: 'salesforce:001B', name: 'Globex' }));
    assert.equal(m.account, null);
    assert.deepEqual(
      m.lookalikes.map((a) => a.id),
      [bySf.id],
    );
    const otherSystem = matchAccount(index, row({ externalId: 'hubspot:1', name: 'Globex' }));
    assert.equal(otherSystem.account?.id, bySf.id, 'the same company in another CRM is the same account');
  });

  test('the same name with two different domains is two companies', () => {
    assert.equal(matchAccount(index, row({ name: 'Initech', domain: 'initech.co.uk' })).account, null);
    assert.equal(matchAccount(index, row({ name: 'Initech' })).account?.id, handMade.id);
  });

  test('the index follows changes; contacts find their account by id, domain, name', () => {
    const idx = buildIndex([handMade]);
    const renamed = { ...handMade, name: 'Initrode', domain: 'initrode.com' };
    putAccount(idx, renamed, handMade);
    assert.equal(findAccountFor(idx, { externalId: null, name: 'Initech', domain: null }), null);
    assert.equal(findAccountFor(idx, { externalId: null, name: 'INITRODE', domain: null })?.id, handMade.id);
    assert.equal(
      findAccountFor(idx, { externalId: 'x:1', name: null, domain: 'initrode.com' })?.id,
      handMade.id,
    );
  });
});

describe('what a re-import changes', () => {
  test('stages move forward, churn and win-back come through, never back to prospect', () => {
    assert.deepEqual(nextStage('prospect', 'customer'), { stage: 'customer', warning: null });
    assert.deepEqual(nextStage('customer', 'churned'), { stage: 'churned', warning: null });
    assert.deepEqual(nextStage('churned', 'customer'), { stage: 'customer', warning: null });
    assert.deepEqual(nextStage('advocate', 'customer'), { stage: 'advocate', warning: null });
    const back = nextStage('customer', 'prospect');
    assert.equal(back.stage, 'customer');
    assert.match(back.warning ?? '', /kept stage customer \(the file says prospect/);
  });

  test('the same values change nothing; empty cells never clear', () => {
    const a = account({
      name: 'Acme',
      domain: 'acme.com',
      arr: 1200.5,
      tags: ['emea'],
      customFields: { industry: 'Energy', note: 'keep me' },
      renewalDate: '2027-01-31',
    });
    const same = row({
      name: 'Acme',
      domain: 'acme.com',
      arr: 1200.5,
      tags: ['emea'],
      customFields: { industry: 'Energy' },
    });
    assert.deepEqual(accountPatch(a, same, null).patch, {});
    const changed = row({
      name: 'Acme',
      arr: 1500,
      tags: ['pilot'],
      customFields: { industry: 'Utilities' },
    });
    assert.deepEqual(accountPatch(a, changed, null).patch, {
      arr: 1500,
      tags: ['emea', 'pilot'],
      customFields: { industry: 'Utilities', note: 'keep me' },
    });
  });

  test('MRR stands in for ARR only when ARR is not given', () => {
    const a = account({ arr: 12000 });
    assert.deepEqual(accountPatch(a, row({ mrr: 1000 }), null).patch, {});
    assert.deepEqual(accountPatch(a, row({ mrr: 1500 }), null).patch, { mrr: 1500 });
  });
});
