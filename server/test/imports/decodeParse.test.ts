import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeCsvBytes } from '../../src/modules/imports/decode.ts';
import { detectDelimiter, parseCsv } from '../../src/modules/imports/parse.ts';
import { DomainError } from '../../src/platform/errors.ts';
import { fixture, SF_ACCOUNTS } from './fixtures.ts';

const validation = (message: RegExp) => (err: unknown) =>
  err instanceof DomainError && err.code === 'VALIDATION' && message.test(err.message);

describe('decodeCsvBytes', () => {
  test('a UTF-8 byte-order mark is dropped', () => {
    const d = decodeCsvBytes(fixture('salesforce_dataloader_csvtext_BOM_UTF8.csv'));
    assert.equal(d.encoding, 'utf-8-bom');
    assert.ok(d.text.startsWith('"column1"'), JSON.stringify(d.text.slice(0, 5)));
    assert.equal(d.warning, null);
  });

  test('UTF-16LE with a byte-order mark reads as the same text as the UTF-8 file', () => {
    const le = decodeCsvBytes(fixture('salesforce_dataloader_csvtext_BOM_UTF16LE.csv'));
    const utf8 = decodeCsvBytes(fixture('salesforce_dataloader_csvtext_BOM_UTF8.csv'));
    assert.equal(le.encoding, 'utf-16le');
    assert.deepEqual(parseCsv(le.text).rows, parseCsv(utf8.text).rows);
  });

  test('UTF-16BE with a mark, and UTF-16 without one', () => {
    const text = 'name,domain\nÅngström AB,angstrom.se\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, text);
    assert.deepEqual(decodeCsvBytes(le), { text, encoding: 'utf-16le', warning: null });
    assert.deepEqual(decodeCsvBytes(be), { text, encoding: 'utf-16be', warning: null });
  });

  test('Latin-1 bytes fall back to Windows-1252 with a warning that names the line', () => {
    const d = decodeCsvBytes(fixture(SF_ACCOUNTS));
    assert.equal(d.encoding, 'windows-1252');
    assert.match(d.warning ?? '', /not valid UTF-8 \(first at line 30\).*Windows-1252/);
    assert.ok(d.text.includes('c/ San Romualdo, 26 5º'));
    assert.ok(d.text.includes('Crédito Inmobiliario Terras'));
    assert.ok(d.text.includes('Pébéo of America'));
  });

  test('valid UTF-8 stays UTF-8, including its accents', () => {
    const d = decodeCsvBytes(Buffer.from('name\nCrédito 5º\n', 'utf8'));
    assert.deepEqual(d, { text: 'name\nCrédito 5º\n', encoding: 'utf-8', warning: null });
  });

  test('binary data and empty files are refused with a clear message', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    assert.throws(() => decodeCsvBytes(png), validation(/not text/));
    assert.throws(() => decodeCsvBytes(Buffer.alloc(0)), validation(/empty/));
  });
});

describe('parseCsv', () => {
  test('escaped quotes inside quoted fields', () => {
    const t = parseCsv(decodeCsvBytes(fixture('salesforce_dataloader_csvEscapedQuotes.csv')).text);
    assert.deepEqual(t.header, ['column1', 'column2']);
    assert.deepEqual(t.rows, [
      { row: 2, cells: ['"The Best" Account', 'bla'] },
      { row: 3, cells: ['The "Best" Account', 'bla'] },
    ]);
  });

  test('CRLF line ends, trimmed cells, quoted line breaks, and spreadsheet row numbers', () => {
    const t = parseCsv('name , city\r\n Acme ,"New\r\nYork"\r\n\r\nGlobex,Springfield\r\n');
    assert.deepEqual(t.header, ['name', 'city']);
    assert.deepEqual(t.rows, [
      { row: 2, cells: ['Acme', 'New\r\nYork'] },
      { row: 4, cells: ['Globex', 'Springfield'] },
    ]);
  });

  test('a broken row is reported and the rows after it are still read', () => {
    const t = parseCsv('name,city\nAcme,Paris\n"Bad"x,Rome\nGlobex,Oslo\n"Open,Lima\nInitech,Austin\n');
    assert.deepEqual(
      t.rows.map((r) => [r.row, r.cells[0]]),
      [
        [2, 'Acme'],
        [4, 'Globex'],
        [6, 'Initech'],
      ],
    );
    assert.deepEqual(
      t.unreadable.map((u) => u.row),
      [3, 5],
    );
    assert.match(t.unreadable[0]?.reason ?? '', /^not valid CSV: Invalid Closing Quote/);
  });

  test('semicolons and tabs are recognised from the header row', () => {
    assert.equal(detectDelimiter('Name;Domain;ARR\n"A,B";c;1'), ';');
    assert.equal(detectDelimiter('Name\tDomain\n'), '\t');
    assert.equal(detectDelimiter('Name\n'), ',');
    assert.deepEqual(parseCsv('Name;ARR\n"Acme, Inc.";1.200,50\n').rows[0]?.cells, [
      'Acme, Inc.',
      '1.200,50',
    ]);
  });

  test('text that is not CSV at all is refused', () => {
    assert.throws(
      () => parseCsv('{"accounts": [\n"oops\n'),
      validation(/does not look like CSV: 1 of 1 rows/),
    );
    assert.throws(() => parseCsv('"name,domain\nAcme,acme.com\n'), validation(/header row is not valid CSV/));
    assert.throws(() => parseCsv('\n\n'), validation(/no header row/));
    const broken = ['name', ...Array.from({ length: 12 }, (_, i) => `"x${i}"y`)].join('\n');
    assert.throws(() => parseCsv(broken), validation(/does not look like CSV/));
  });
});
