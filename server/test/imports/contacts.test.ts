import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contact } from '@trustcircle/contracts';
import { importAccounts, importContacts } from '../../src/modules/imports/index.ts';
import { describeEachDatabase, type TestWorkspace } from '../harness/index.ts';
import { fixture, SF_ACCOUNTS } from './fixtures.ts';

const allContacts = async (ws: TestWorkspace): Promise<Contact[]> => {
  const r = await ws.api.get('/api/v1/contacts?limit=200');
  assert.equal(r.status, 200, r.text);
  return r.body.data;
};

describeEachDatabase('import contacts', (h) => {
  test('Salesforce contacts link to their accounts by AccountId (15 or 18 characters); twice creates nothing', async () => {
    const ws = await h().workspace();
    await importAccounts({ ctx: ws.ctx, input: { file: fixture(SF_ACCOUNTS), fileName: 'accounts.csv' } });
    const input = { file: fixture('salesforce_contacts_handmade.csv'), fileName: 'contacts.csv' };
    const first = await importContacts({ ctx: ws.ctx, input });
    assert.deepEqual([first.total, first.created, first.updated, first.unchanged], [10, 6, 0, 0]);
    assert.deepEqual(first.skipped, [
      { row: 6, reason: 'account not found: salesforce:001x0000009ZZZZAAA' },
      { row: 7, reason: 'duplicate of row 2' },
      { row: 9, reason: 'deleted in the source system (IsDeleted is true)' },
      { row: 10, reason: 'no account given' },
    ]);
    assert.deepEqual(first.warnings, [
      { row: 8, message: '"not-an-email" is not an email address; imported without one' },
    ]);

    const contacts = await allContacts(ws);
    const by = (email: string | null, first?: string) =>
      contacts.find((c) => c.email === email && (!first || c.firstName === first));
    assert.equal(by('alex.morgan@gravityinvestments.com')?.accountName, 'Gravity Investments');
    assert.equal(
      by('priya.chen@gravityinvestments.com')?.accountName,
      'Gravity Investments',
      '15-character AccountId',
    );
    assert.equal(by('lucia.garcia@recall.example')?.lastName, 'García');
    assert.equal(by('lucia.garcia@recall.example')?.externalId, 'salesforce:003x0000004TmiSAAS');
    assert.deepEqual(
      [by(null, 'Nakamura')?.lastName, by(null, 'Nakamura')?.accountName, by(null, 'Nakamura')?.title],
      [null, 'Acme', 'Plant Manager'],
    );

    const again = await importContacts({ ctx: ws.ctx, input });
    assert.deepEqual([again.created, again.updated, again.unchanged, again.skipped.length], [0, 0, 6, 4]);
    assert.equal((await allContacts(ws)).length, 6);

    await h().drain();
    const account = by('chidi.okafor@salesforce.example')?.accountId;
    const timeline = await ws.api.get(`/api/v1/accounts/${account}/timeline`);
    assert.ok(
      timeline.body.data.some((e: { body: string }) => e.body === 'Chidi Okafor was added.'),
      timeline.text,
    );
  });

  test('HubSpot contacts: by associated company id, else by company name; email and name matching', async () => {
    const ws = await h().workspace();
    await importAccounts({
      ctx: ws.ctx,
      input: { file: fixture('hubspot_companies_handmade.csv'), fileName: 'c.csv' },
    });
    const input = { file: fixture('hubspot_contacts_handmade.csv'), fileName: 'people.csv' };
    const first = await importContacts({ ctx: ws.ctx, input });
    assert.deepEqual(
      [first.created, first.skipped],
      [4, [{ row: 4, reason: 'account not found: "Unknown Co"' }]],
    );
    const contacts = await allContacts(ws);
    const get = (first: string) => contacts.find((c) => c.firstName === first);
    assert.equal(get('Homer')?.accountName, 'Globex Corporation');
    assert.equal(get('Milton')?.accountName, 'Initech', 'no company id: matched by the company name');
    assert.equal(get('Gavin')?.email, 'gavin@hooli.example');
    assert.equal(get('Homer')?.externalId, 'hubspot:501');

    // A contact typed in by hand (no external id) is the same person when the email matches.
    const globex = get('Homer')?.accountId;
    const typed = await ws.api.post('/api/v1/contacts', {
      accountId: globex,
      firstName: 'Marge',
      email: 'marge@globex.example',
    });
    assert.equal(typed.status, 201, typed.text);
    const file = Buffer.from(
      [
        'First Name,Last Name,Email,Associated Company,Job Title',
        'Marge,Simpson,marge@globex.example,Globex Corporation,Chief of Staff',
        'Milton,Waddams,,Initech,Collator',
      ].join('\n'),
    );
    const r = await importContacts({ ctx: ws.ctx, input: { file, fileName: 'more.csv' } });
    assert.deepEqual([r.created, r.updated, r.unchanged], [0, 1, 1]);
    const marge = (await allContacts(ws)).find((c) => c.firstName === 'Marge');
    assert.deepEqual(
      [marge?.id, marge?.lastName, marge?.title],
      [typed.body.id, 'Simpson', 'Chief of Staff'],
    );
  });

  test('contacts before their accounts: every row skipped with the reason, nothing created', async () => {
    const ws = await h().workspace();
    const r = await importContacts({
      ctx: ws.ctx,
      input: { file: fixture('salesforce_contacts_handmade.csv'), fileName: 'contacts.csv' },
    });
    assert.equal(r.created, 0);
    assert.equal(r.skipped.length, 10);
    assert.equal(r.skipped[0]?.reason, 'account not found: salesforce:001x0000002xLCVAA2');
    assert.equal((await allContacts(ws)).length, 0);
  });
});
