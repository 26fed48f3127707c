import pg from 'pg';
import type { AccountSeed, ContactSeed, TagSeed } from './accounts-data.ts';
import type { Seeder } from './seeder.ts';

const BATCH = 5_000;

type Column<T> = { name: string; type: string; value: (row: T) => unknown };

/**
 * One statement per batch: every column travels as one array parameter and unnest() turns
 * them back into rows, so a 5,000-row batch is a single round trip with a fixed parameter count.
 */
function unnestInsert<T>(table: string, columns: Array<Column<T>>) {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 2}::${c.type}[]`).join(', ');
  const text = `insert into ${table} (workspace_id, ${names}) select $1, * from unnest(${arrays})`;
  return (workspaceId: string, rows: T[]) => ({
    text,
    values: [workspaceId, ...columns.map((c) => rows.map(c.value))],
  });
}

const col = <T>(name: keyof T & string, type: string): Column<T> => ({
  name,
  type,
  value: (row) => row[name],
});

const accountInsert = unnestInsert<AccountSeed>('accounts', [
  col('id', 'text'),
  col('name', 'text'),
  col('search_text', 'text'),
  col('domain', 'text'),
  col('owner_id', 'text'),
  col('tier', 'text'),
  col('arr_cents', 'bigint'),
  col('contract_start', 'date'),
  col('renewal_date', 'date'),
  col('stage', 'text'),
  col('custom_fields', 'jsonb'),
  col('external_id', 'text'),
  col('created_at', 'timestamptz'),
  col('updated_at', 'timestamptz'),
]);
const tagInsert = unnestInsert<TagSeed>('account_tags', [col('account_id', 'text'), col('tag', 'text')]);
const contactInsert = unnestInsert<ContactSeed>('contacts', [
  col('id', 'text'),
  col('account_id', 'text'),
  col('first_name', 'text'),
  col('last_name', 'text'),
  col('sort_name', 'text'),
  col('search_text', 'text'),
  col('email', 'text'),
  col('phone', 'text'),
  col('title', 'text'),
  col('role', 'text'),
  col('is_primary', 'boolean'),
  col('external_id', 'text'),
  col('created_at', 'timestamptz'),
  col('updated_at', 'timestamptz'),
]);

export async function postgresSeeder(url: string): Promise<Seeder> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const chunked =
    <T>(build: (ws: string, rows: T[]) => { text: string; values: unknown[] }) =>
    async (workspaceId: string, rows: T[]) => {
      for (let i = 0; i < rows.length; i += BATCH)
        await client.query(build(workspaceId, rows.slice(i, i + BATCH)));
    };
  return {
    batchSize: BATCH,
    accounts: chunked(accountInsert),
    tags: chunked(tagInsert),
    contacts: chunked(contactInsert),
    // After a bulk load: planner statistics, and a visibility map so index-only scans work
    // (autovacuum would do both later, in the middle of the measurement).
    analyze: async () => {
      await client.query('vacuum (analyze)');
    },
    close: () => client.end(),
  };
}
