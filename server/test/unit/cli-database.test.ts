import assert from 'node:assert/strict';
import { test } from 'node:test';
import { databaseInUse, describeDatabase, withoutPassword } from '../../src/cli/database.ts';

test('a PostgreSQL URL is shown without its password, wherever it is written', () => {
  assert.equal(
    withoutPassword('postgres://tc:s%40cret@db.internal:5432/tc'),
    'postgres://tc@db.internal:5432/tc',
  );
  assert.equal(
    withoutPassword('postgresql://tc@db/tc?sslmode=require&password=s3cret'),
    'postgresql://tc@db/tc?sslmode=require',
  );
  assert.equal(withoutPassword('postgres://db/tc'), 'postgres://db/tc');
  assert.doesNotMatch(withoutPassword('postgres://tc:s3cret@[bad'), /s3cret/);
});

test('the description names the database and the setting that chose it', () => {
  const sqlite = { kind: 'sqlite', file: '/srv/tc/data/trustcircle.db' } as const;
  assert.equal(
    describeDatabase(databaseInUse({ database: sqlite, databaseChosenBy: 'TRUSTCIRCLE_DATA_DIR' })),
    'the SQLite database /srv/tc/data/trustcircle.db (from TRUSTCIRCLE_DATA_DIR)',
  );
  assert.match(
    describeDatabase(databaseInUse({ database: sqlite, databaseChosenBy: 'default' })),
    /\(the default \.\/data of the folder it ran in: neither TRUSTCIRCLE_DATA_DIR nor DATABASE_URL is set\)$/,
  );
  const pg = { kind: 'postgres', url: 'postgres://tc:pw@db:5432/tc' } as const;
  assert.deepEqual(databaseInUse({ database: pg, databaseChosenBy: 'DATABASE_URL' }), {
    kind: 'postgres',
    location: 'postgres://tc@db:5432/tc',
    chosenBy: 'DATABASE_URL',
  });
});
