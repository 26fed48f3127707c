import { SqliteAdapter, sql } from 'kysely';
import type { Db } from '../context.ts';

/** A round trip to the database, for /readyz. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Refreshes SQLite's planner statistics for tables that have them and changed a lot (SQLite's
 * advice for long-lived connections); PostgreSQL's autovacuum does this by itself. No flag
 * that analyses never-analysed tables: measured here, statistics taken while the FTS5 shadow
 * tables were small made contact inserts five times slower as the tables grew.
 */
export async function optimizeDatabase(db: Db): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql.raw('pragma optimize').execute(db);
}
