import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** Column types that read the same way through connect.ts on both databases. */
export function columnTypes(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    pg,
    timestamp: pg ? sql`timestamptz` : sql`text`,
    date: pg ? sql`date` : sql`text`,
    json: pg ? sql`jsonb` : sql`text`,
    flag: pg ? sql`boolean` : sql`integer`,
    bigint: pg ? sql`bigint` : sql`integer`,
  } as const;
}
