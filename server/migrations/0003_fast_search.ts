import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Substring search (`search_text LIKE '%…%'`) without reading every row.
 * - PostgreSQL: trigram GIN indexes (pg_trgm, a trusted extension since PostgreSQL 13). Where
 *   the extension cannot be created, search still works, by scanning; a savepoint keeps the
 *   rest of the migration.
 * - SQLite: FTS5 trigram tables kept in step with the rows by triggers (external content keyed
 *   by rowid; a VACUUM can renumber rowids of these tables, so anything that vacuums must
 *   rebuild them with `insert into <table>_fts(<table>_fts) values('rebuild')`).
 */
const TABLES = ['accounts', 'contacts'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (columnTypes(db).pg) {
    await sql`savepoint trigram`.execute(db);
    try {
      await sql`create extension if not exists pg_trgm`.execute(db);
      for (const t of TABLES) {
        await sql`create index ${sql.id(`${t}_search_trgm`)} on ${sql.table(t)} using gin (search_text gin_trgm_ops)`.execute(
          db,
        );
      }
      await sql`release savepoint trigram`.execute(db);
    } catch {
      await sql`rollback to savepoint trigram`.execute(db);
    }
    return;
  }
  for (const t of TABLES) {
    const fts = sql.table(`${t}_fts`);
    const table = sql.table(t);
    await sql`create virtual table ${fts} using fts5(search_text, content=${sql.lit(t)}, content_rowid='rowid', tokenize='trigram')`.execute(
      db,
    );
    await sql`create trigger ${sql.id(`${t}_fts_insert`)} after insert on ${table} begin
      insert into ${fts}(rowid, search_text) values (new.rowid, new.search_text);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${t}_fts_delete`)} after delete on ${table} begin
      insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.rowid, old.search_text);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${t}_fts_update`)} after update of search_text on ${table} begin
      insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.rowid, old.search_text);
      insert into ${fts}(rowid, search_text) values (new.rowid, new.search_text);
    end`.execute(db);
    await sql`insert into ${fts}(${fts}) values ('rebuild')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    if (columnTypes(db).pg) {
      await sql`drop index if exists ${sql.id(`${t}_search_trgm`)}`.execute(db);
    } else {
      for (const op of ['insert', 'delete', 'update'])
        await sql`drop trigger if exists ${sql.id(`${t}_fts_${op}`)}`.execute(db);
      await sql`drop table if exists ${sql.table(`${t}_fts`)}`.execute(db);
    }
  }
}
