import { type RawBuilder, type SqlBool, SqliteAdapter, sql } from 'kysely';
import type { Db } from '../context.ts';
import { contains, searchable } from './keyset.ts';

const PROBE_LIMIT = 1000;

/**
 * The condition for "search_text contains text", fast on both databases (see migration
 * 0003_fast_search). PostgreSQL's trigram index serves the LIKE directly. On SQLite the FTS5
 * trigram table narrows a rare needle to its few rows; a common one (a thousand matches or
 * more, found by a capped probe) is faster as the plain LIKE walking the sort index, which
 * stops after one page. The LIKE always stays, so results are exactly the same either way.
 */
export async function searchTextMatch(
  db: Db,
  table: 'accounts' | 'contacts',
  alias: string,
  text: string,
): Promise<RawBuilder<SqlBool>> {
  const like = contains(`${alias}.search_text`, text);
  const needle = searchable(text).trim();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter) || [...needle].length < 3) return like;
  const fts = sql.table(`${table}_fts`);
  const phrase = `"${needle.replace(/"/g, '""')}"`;
  const probe = await sql<{
    n: number;
  }>`select count(*) as n from (select rowid from ${fts} where ${fts} match ${phrase} limit ${PROBE_LIMIT})`.execute(
    db,
  );
  if (Number(probe.rows[0]?.n ?? 0) >= PROBE_LIMIT) return like;
  return sql<SqlBool>`${sql.ref(`${alias}.rowid`)} in (select rowid from ${fts} where ${fts} match ${phrase}) and ${like}`;
}
