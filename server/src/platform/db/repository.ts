import { SqliteAdapter, sql } from 'kysely';
import type { Db } from '../context.ts';

/** A round trip to the database, for /readyz. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Keeps SQLite's planner statistics fresh (PostgreSQL's autovacuum does this by itself).
 * Without them SQLite guesses, and can pick a poor index for a page of a big table.
 * `0x10002` at start also analyses tables that never had statistics (SQLite's advice for
 * long-lived connections); the hourly run only refreshes what changed a lot.
 */
export async function optimizeDatabase(db: Db, atStart = false): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql.raw(atStart ? 'pragma optimize=0x10002' : 'pragma optimize').execute(db);
}
