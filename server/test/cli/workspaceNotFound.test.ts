import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../harness/databases.ts';
import { runCli } from '../harness/process.ts';

const UNKNOWN = '0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee';
const HINT = 'A server started with another TRUSTCIRCLE_DATA_DIR or DATABASE_URL uses another database.';

/**
 * A command run against another data folder (or server) than the app's finds no workspace: the
 * error says which database it looked in and what chose it, and never a password.
 */
for (const kind of databaseKinds()) {
  describe(`a command that finds no workspace names its database [${kind}]`, () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tc-cli-db-'));
    let database: TestDatabase | null = null;
    let env: Record<string, string>;
    let location: string;
    let password = '';
    const lookedIn = () =>
      kind === 'sqlite'
        ? `  looked in the SQLite database ${location} (from TRUSTCIRCLE_DATA_DIR).`
        : `  looked in the PostgreSQL database ${location} (from DATABASE_URL).`;

    before(async () => {
      if (kind === 'sqlite') {
        env = { TRUSTCIRCLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
        location = path.join(dataDir, 'trustcircle.db');
        return;
      }
      database = await openTestDatabase('postgres');
      if (database.target.kind !== 'postgres') throw new Error('not PostgreSQL');
      const url = new URL(database.target.url);
      // A password to hide; the test server trusts local connections, so any will do.
      url.password ||= 'not-to-be-printed';
      password = url.password;
      env = { DATABASE_URL: url.toString(), TRUSTCIRCLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
      url.password = '';
      location = url.toString();
    });
    after(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    });

    test('apikey create says where it looked, and exits with NOT_FOUND', async () => {
      const r = await runCli(['apikey', 'create', '--workspace', UNKNOWN, '--name', 'ci'], env);
      assert.equal(r.code, 3, r.stderr);
      assert.equal(r.stderr, `error: Workspace ${UNKNOWN} not found\n${lookedIn()}\n  ${HINT}\n`);
      assert.equal(r.stdout, '');
      if (password) assert.ok(!r.stderr.includes(password), 'the password stays hidden');
    });

    test('with --json the database is in the error details', async () => {
      const r = await runCli(
        ['source', 'create', '--workspace', UNKNOWN, '--name', 'Backend', '--json'],
        env,
      );
      assert.equal(r.code, 3, r.stderr);
      const { error } = JSON.parse(r.stdout);
      assert.equal(error.code, 'NOT_FOUND');
      assert.equal(error.message, `Workspace ${UNKNOWN} not found`);
      assert.deepEqual(error.details.database, {
        kind,
        location,
        chosenBy: kind === 'sqlite' ? 'TRUSTCIRCLE_DATA_DIR' : 'DATABASE_URL',
      });
      if (password) assert.ok(!r.stdout.includes(password), 'the password stays hidden');
    });
  });
}

describe('the other commands that take --workspace say it too [sqlite]', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tc-cli-db-'));
  const env = { TRUSTCIRCLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const csv = path.join(dataDir, 'accounts.csv');
  writeFileSync(csv, 'Name,Website\nAcme,acme.com\n');
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('user create, import and demo', async () => {
    const person = ['--email', 'a@b.co', '--name', 'A', '--password', 'long enough 1'];
    const commands = [
      ['user', 'create', '--workspace', UNKNOWN, ...person],
      ['import', 'accounts', csv, '--workspace', UNKNOWN],
      ['demo', '--workspace', UNKNOWN],
    ];
    const file = path.join(dataDir, 'trustcircle.db');
    // One after the other: the first one creates the database.
    for (const args of commands) {
      const r = await runCli(args, env);
      assert.equal(r.code, 3, `${args[0]}: ${r.stderr}`);
      assert.ok(
        r.stderr.includes(`looked in the SQLite database ${file} (from TRUSTCIRCLE_DATA_DIR)`),
        r.stderr,
      );
    }
  });

  test('without TRUSTCIRCLE_DATA_DIR, the default ./data of the folder it ran in', async () => {
    const r = await runCli(
      ['apikey', 'create', '--workspace', UNKNOWN, '--name', 'ci'],
      { LOG_LEVEL: 'warn' },
      dataDir,
    );
    assert.equal(r.code, 3, r.stderr);
    const file = path.join(dataDir, 'data', 'trustcircle.db');
    const why =
      'the default ./data of the folder it ran in: neither TRUSTCIRCLE_DATA_DIR nor DATABASE_URL is set';
    assert.ok(r.stderr.includes(`looked in the SQLite database ${file} (${why})`), r.stderr);
  });
});
