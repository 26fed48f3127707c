import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectMapping, mappingReport } from '../../src/modules/imports/columns.ts';
import { decodeCsvBytes } from '../../src/modules/imports/decode.ts';
import { parseCsv } from '../../src/modules/imports/parse.ts';
import { prepareImport } from '../../src/modules/imports/prepare.ts';
import { readAccountRow, readContactRow } from '../../src/modules/imports/rows.ts';
import {
  namespacedId,
  normalizeCountry,
  parseDate,
  parseNumber,
  parseStage,
  salesforceId18,
} from '../../src/modules/imports/values.ts';
import { DomainError } from '../../src/platform/errors.ts';
import { fixture, SF_ACCOUNTS } from './fixtures.ts';

const table = (name: string) => parseCsv(decodeCsvBytes(fixture(name)).text);
const validation = (message: RegExp) => (err: unknown) =>
  err instanceof DomainError && err.code === 'VALIDATION' && message.test(err.message);

describe('values', () => {
  test('numbers as CRMs and spreadsheets write them', () => {
    assert.equal(parseNumber('6.0E7'), 60_000_000);
    assert.equal(parseNumber('8.48E10'), 84_800_000_000);
    assert.equal(parseNumber('$1,200.50'), 1200.5);
    assert.equal(parseNumber('1.234.567,89 €'), 1_234_567.89);
    assert.equal(parseNumber('12,5'), 12.5);
    assert.equal(parseNumber('1,500,000,000'), 1_500_000_000);
    assert.equal(parseNumber('lots'), null);
    assert.equal(parseNumber(''), null);
  });

  test('dates: ISO, Salesforce datetimes, US report dates; nonsense is null', () => {
    assert.equal(parseDate('2027-03-31'), '2027-03-31');
    assert.equal(parseDate('2006-04-15T03:23:15.000Z'), '2006-04-15');
    assert.equal(parseDate('3/31/2027'), '2027-03-31');
    assert.equal(parseDate('2027-02-30'), null);
    assert.equal(parseDate('next year'), null);
  });

  test('Salesforce 15-character ids get their case-safe 18-character form', () => {
    assert.equal(salesforceId18('001x0000002xLCV'), '001x0000002xLCVAA2');
    assert.equal(salesforceId18('001x0000002lBtm'), '001x0000002lBtmAAE');
    assert.equal(salesforceId18('001x0000002xLCVAA2'), '001x0000002xLCVAA2');
    assert.equal(namespacedId('salesforce', '001x0000002xLCV'), 'salesforce:001x0000002xLCVAA2');
    assert.equal(namespacedId('hubspot', ' 9001 '), 'hubspot:9001');
    assert.equal(namespacedId('csv', 'hubspot:9001'), 'hubspot:9001', 'already namespaced ids stay');
    assert.equal(namespacedId('csv', ''), null);
  });

  test('Salesforce types and HubSpot lifecycle stages become our stages', () => {
    const stage = (s: string) => parseStage(s).stage;
    assert.equal(stage('Customer - Direct'), 'customer');
    assert.equal(stage('Customer - Channel'), 'customer');
    assert.equal(stage('Prospect'), 'prospect');
    assert.equal(stage('Channel Partner / Reseller'), 'stranger');
    assert.equal(stage('Former Customer'), 'churned');
    assert.equal(stage('Marketing Qualified Lead'), 'prospect');
    assert.equal(stage('salesqualifiedlead'), 'prospect');
    assert.equal(stage('Subscriber'), 'stranger');
    assert.equal(stage('Evangelist'), 'advocate');
    assert.equal(stage('ADVOCATE'), 'advocate');
    assert.deepEqual(parseStage('Other'), { stage: null, known: true });
    assert.deepEqual(parseStage('Hot'), { stage: null, known: false });
  });

  test('countries spelled out become ISO codes', () => {
    assert.equal(normalizeCountry('United States'), 'US');
    assert.equal(normalizeCountry('USA'), 'US');
    assert.equal(normalizeCountry('ca'), 'CA');
    assert.equal(normalizeCountry('Canada'), 'CA');
    assert.equal(normalizeCountry('Narnia'), 'Narnia');
  });
});

describe('detectMapping', () => {
  test('a Salesforce Data Loader account export', () => {
    const t = table(SF_ACCOUNTS);
    const m = detectMapping(
      'accounts',
      t.header,
      t.rows.map((r) => r.cells),
    );
    const report = mappingReport(m);
    assert.equal(report.ID, 'externalId');
    assert.equal(report.NAME, 'name');
    assert.equal(report.TYPE, 'stage');
    assert.equal(report.WEBSITE, 'domain');
    assert.equal(report.ANNUALREVENUE, 'custom.annualRevenue', 'their revenue is not our ARR');
    assert.equal(report.NUMBEROFEMPLOYEES, 'custom.employees');
    assert.equal(report.OWNERID, 'custom.sfOwnerId', 'a Salesforce user id cannot be a member');
    assert.equal(report.BILLINGSTREET, 'custom.street');
    assert.equal(m.columns.find((c) => c.field === 'externalId')?.namespace, 'salesforce');
    assert.ok(m.ignored.includes('SESSION_ID__C'));
    assert.ok(m.ignored.includes('CREATEDBYID'));
  });

  test('HubSpot company and contact exports (labels)', () => {
    const companies = table('hubspot_companies_handmade.csv');
    const cm = mappingReport(detectMapping('accounts', companies.header, []));
    assert.deepEqual(
      [
        cm['Record ID'],
        cm['Company name'],
        cm['Company owner'],
        cm['Company Domain Name'],
        cm['Lifecycle Stage'],
      ],
      ['externalId', 'name', 'ownerEmail', 'domain', 'stage'],
    );
    assert.equal(cm['Country/Region'], 'custom.country');
    const contacts = table('hubspot_contacts_handmade.csv');
    const m = detectMapping('contacts', contacts.header, []);
    const report = mappingReport(m);
    assert.equal(report['Primary Associated Company ID'], 'accountExternalId');
    assert.equal(report['Associated Company'], 'accountName');
    assert.equal(report['Job Title'], 'title');
    assert.equal(report['Phone Number'], 'phone');
    assert.equal(m.columns.find((c) => c.field === 'externalId')?.namespace, 'hubspot');
  });

  test('an "Id" column that holds no Salesforce ids is some other system\'s id', () => {
    const m = detectMapping('accounts', ['Id', 'Name'], [['17', 'Acme']]);
    assert.equal(m.columns[0]?.namespace, 'csv');
  });

  test('the user mapping wins over detection; custom fields and ignore', () => {
    const header = ['Company', 'Legal name', 'Website', 'Segment', 'Notes'];
    const m = detectMapping(
      'accounts',
      header,
      [],
      ['legal name=name', 'Segment=custom.segment', 'Website=ignore', 'Notes = tags'],
    );
    assert.deepEqual(mappingReport(m), {
      'Legal name': 'name',
      Segment: 'custom.segment',
      Notes: 'tags',
    });
    assert.deepEqual(m.ignored, ['Company', 'Website']);
  });

  test('bad user mappings say what is wrong', () => {
    const header = ['Name', 'Size'];
    assert.throws(
      () => detectMapping('accounts', header, [], ['Sise=custom.size']),
      validation(/no column "Sise"/),
    );
    assert.throws(
      () => detectMapping('accounts', header, [], ['Size=revenue']),
      validation(/not a field of accounts/),
    );
    assert.throws(() => detectMapping('accounts', header, [], ['Size']), validation(/not Column=field/));
    assert.throws(
      () => detectMapping('contacts', header, [], ['Size=custom.size']),
      validation(/no custom fields/),
    );
    assert.throws(
      () => detectMapping('accounts', header, [], ['Name=name', 'Size=name']),
      validation(/two columns/),
    );
  });
});

describe('prepareImport', () => {
  const input = (file: Buffer, map: string[] = []) => ({ file, fileName: 'f.csv', map, dryRun: false });

  test('a file without known columns, or without a name column, is refused', () => {
    const bom = fixture('salesforce_dataloader_csvtext_BOM_UTF8.csv');
    assert.throws(
      () => prepareImport('accounts', input(bom)),
      validation(/None of the columns \(column1, column2, column3\)/),
    );
    assert.throws(
      () => prepareImport('accounts', input(Buffer.from('Domain,ARR\nacme.com,100\n'))),
      validation(/No column holds the account name/),
    );
    assert.throws(
      () => prepareImport('contacts', input(Buffer.from('First Name,Email\nAda,ada@x.io\n'))),
      validation(/which account/),
    );
    assert.equal(prepareImport('accounts', input(bom, ['column1=name'])).rows.length, 2);
  });

  test('a Salesforce Opportunity export is not taken for accounts or contacts', () => {
    const opp = fixture('salesforce_dataloader_opportunityData_excerpt.csv');
    assert.throws(
      () => prepareImport('accounts', input(opp)),
      validation(/Salesforce Opportunity export.*006/),
    );
    assert.throws(
      () => prepareImport('contacts', input(opp, ['NAME=name', 'ACCOUNTID=accountExternalId'])),
      validation(/Opportunity/),
    );
  });
});

describe('reading rows', () => {
  test('a Salesforce account row, with its Latin-1 street and meaning-aware fields', () => {
    const t = table(SF_ACCOUNTS);
    const m = detectMapping(
      'accounts',
      t.header,
      t.rows.map((r) => r.cells),
    );
    const madrid = t.rows.find((r) => r.row === 30);
    assert.ok(madrid);
    const r = readAccountRow(madrid.cells, m, t.header.length);
    assert.equal(r.externalId, 'salesforce:001x0000002xLDJAA2');
    assert.equal(r.name, 'Recall Information Management, S. A.');
    assert.equal(r.customFields.street, '00045844 c/ San Romualdo, 26 5º');
    assert.equal(r.customFields.country, 'ES');
    const sf = readAccountRow(t.rows.find((x) => x.row === 50)?.cells ?? [], m, t.header.length);
    assert.deepEqual(
      [
        sf.name,
        sf.domain,
        sf.stage,
        sf.customFields.annualRevenue,
        sf.customFields.employees,
        sf.customFields.country,
      ],
      ['salesforce.com', 'salesforce.com', 'customer', 60_000_000, 350, 'US'],
    );
    assert.equal(sf.customFields.sfOwnerId, '005x0000000fNSiAAM');
    const us = readAccountRow(t.rows.find((x) => x.row === 53)?.cells ?? [], m, t.header.length);
    assert.equal(us.customFields.country, 'US', '"United States" becomes US');
  });

  test('warnings for values that cannot be used, without losing the row', () => {
    const header = ['name', 'website', 'arr', 'renewalDate', 'tier', 'stage'];
    const m = detectMapping('accounts', header, []);
    const r = readAccountRow(['Acme', 'not a domain', 'lots', '31/31/2027', 'gold', 'Hot'], m, header.length);
    assert.equal(r.name, 'Acme');
    assert.deepEqual([r.domain, r.arr, r.renewalDate, r.tier, r.stage], [null, null, null, null, null]);
    assert.equal(r.warnings.length, 5, r.warnings.join('\n'));
    assert.ok(r.warnings.includes('website "not a domain" is not a domain; imported without one'));
  });

  test('contacts: names from a full name, a last name only, or the email', () => {
    const header = ['Name', 'Last Name', 'Email', 'Account Name', 'Associated Company IDs'];
    const m = detectMapping('contacts', header, []);
    const full = readContactRow(['Ada King Lovelace', '', 'ADA@Example.com', 'Acme', ''], m, header.length);
    assert.deepEqual(
      [full.firstName, full.lastName, full.email],
      ['Ada King', 'Lovelace', 'ada@example.com'],
    );
    const lastOnly = readContactRow(['', 'Nakamura', '', 'Acme', ''], m, header.length);
    assert.deepEqual([lastOnly.firstName, lastOnly.lastName], ['Nakamura', null]);
    const emailOnly = readContactRow(['', '', 'grace@navy.mil', 'Acme', '12;34'], m, header.length);
    assert.equal(emailOnly.firstName, 'grace');
    assert.equal(emailOnly.account.externalId, 'hubspot:12');
    assert.equal(emailOnly.warnings.length, 2, emailOnly.warnings.join('\n'));
  });
});
