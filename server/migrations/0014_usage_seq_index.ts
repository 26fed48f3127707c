import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * PostgreSQL: the events' `seq` gets a B-tree instead of 0013's BRIN. A BRIN range is only
 * summarized by VACUUM, and every unsummarized range is read by each query: under sustained
 * ingestion a rollup pass's range query read every page written since the last vacuum
 * (measured: 70 ms a pass, a fifth of the database's time, and growing). The B-tree finds a
 * pass's few thousand rows directly; its write is cheap because all rows of a transaction
 * share one `seq`, appended at the right edge. SQLite's `seq` is the primary key already.
 * The build holds the events table while it reads every event once: ingestion waits for it
 * the one time a server starts on this version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!columnTypes(db).pg) return;
  await sql`drop index if exists usage_events_seq`.execute(db);
  await sql`create index usage_events_seq on usage_events (seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!columnTypes(db).pg) return;
  await sql`drop index if exists usage_events_seq`.execute(db);
  await sql`create index usage_events_seq on usage_events using brin (seq)`.execute(db);
}
