import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { bulkInsert, inValues } from '../../src/platform/db/bulk.ts';
import { newId } from '../../src/platform/ids.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('bulk statements', (h) => {
  test('any number of rows is inserted once, and an upsert adds to what is stored', async () => {
    const { db } = h().runtime.platform;
    const table = `bulk_${newId().replaceAll('-', '')}`;
    await sql`create table ${sql.table(table)} (k text primary key, n bigint not null)`.execute(db);
    const upsert = bulkInsert<{ k: string }>({
      table,
      columns: [
        { name: 'k', pgType: 'text' },
        { name: 'n', pgType: 'bigint' },
      ],
      tail: `on conflict (k) do update set n = ${table}.n + excluded.n returning k`,
    });
    // 0, 1, a power of two, one past it, and a count made of several statements on SQLite.
    for (const count of [0, 1, 128, 129, 300]) {
      const keys = Array.from({ length: count }, (_, i) => `k${i}`);
      const returned = await upsert(
        db,
        keys.map((k) => [k, 1]),
      );
      assert.equal(returned.length, count);
    }
    const rows = await sql<{ k: string; n: number }>`select k, n from ${sql.table(table)}`.execute(db);
    const byKey = new Map(rows.rows.map((r) => [r.k, Number(r.n)]));
    assert.equal(byKey.size, 300);
    assert.equal(byKey.get('k0'), 4, 'in every batch but the empty one');
    assert.equal(byKey.get('k128'), 2, 'in the 129- and 300-row batches');
    assert.equal(byKey.get('k299'), 1);

    const found = await sql<{
      k: string;
    }>`select k from ${sql.table(table)} where ${inValues(db, 'k', ['k1', 'k299', 'nope', "it's"])}`.execute(
      db,
    );
    assert.deepEqual(found.rows.map((r) => r.k).sort(), ['k1', 'k299']);
    await sql`drop table ${sql.table(table)}`.execute(db);
  });
});
