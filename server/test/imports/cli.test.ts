import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../harness/process.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(serverDir, 'test/fixtures/crm-samples');
const dataDir = mkdtempSync(path.join(tmpdir(), 'tc-cli-import-'));

/** The real CLI in a child process, on its own SQLite data folder. */
const cli = (...args: string[]) => runCli(args, { TRUSTCIRCLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

describe('trustcircle import (CLI)', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('imports with progress on stderr, twice without duplicates, and fails clearly on a bad file', async () => {
    const ws = await cli('workspace', 'create', '--name', 'CLI import', '--json');
    assert.equal(ws.code, 0, ws.stderr);
    const id = JSON.parse(ws.stdout).id as string;
    const file = path.join(fixtures, 'salesforce_dataloader_accountData_excerpt.csv');

    const first = await cli('import', 'accounts', file, '--workspace', id, '--json');
    assert.equal(first.code, 0, first.stderr);
    const report = JSON.parse(first.stdout);
    assert.deepEqual(
      [report.created, report.file, report.encoding],
      [60, path.basename(file), 'windows-1252'],
    );
    assert.match(first.stderr, /salesforce_dataloader_accountData_excerpt\.csv: 50% \(30\/60 rows\)/);
    assert.match(first.stderr, /: 100% \(60\/60 rows\)/);

    const second = await cli('import', 'accounts', file, '--workspace', id, '--map', 'PHONE=ignore');
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /created 0 · updated 0 · unchanged 60 · skipped 0 · warnings 6/);
    assert.match(second.stdout, /ignored columns: .*PHONE/);

    const contacts = await cli(
      'import',
      'contacts',
      path.join(fixtures, 'salesforce_contacts_handmade.csv'),
      '--workspace',
      id,
      '--dry-run',
    );
    assert.equal(contacts.code, 0, contacts.stderr);
    assert.match(contacts.stdout, /^Dry run \(nothing saved\)/);
    assert.match(contacts.stdout, /row 6: account not found: salesforce:001x0000009ZZZZAAA/);

    const binary = path.join(dataDir, 'logo.png');
    writeFileSync(binary, Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex'));
    const bad = await cli('import', 'accounts', binary, '--workspace', id);
    assert.equal(bad.code, 2, 'VALIDATION exits with 2');
    assert.match(bad.stderr, /error: The file is not text/);
    const missing = await cli('import', 'accounts', path.join(dataDir, 'nope.csv'), '--workspace', id);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*nope\.csv: no such file/);
  });
});
