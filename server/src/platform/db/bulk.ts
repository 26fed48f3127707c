import { CompiledQuery, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from '../context.ts';

/** A column of a bulk statement and its PostgreSQL array type (`text`, `timestamptz`, `date`, `bigint`). */
export type BulkColumn = { name: string; pgType: string; pgSelect?: string };

export type BulkStatement = {
  table: string;
  columns: readonly BulkColumn[];
  /** What follows the rows: `on conflict … do …`, `returning …`, or nothing. */
  tail: string;
};

/** Rows per SQLite statement (a power of two): full chunks reuse one prepared statement. */
const SQLITE_CHUNK = 128;

/**
 * A multi-row INSERT for the ingestion hot path, its SQL written once instead of built by the
 * query builder per call (measured: building 600-row upserts cost as much as running them).
 * On SQLite multi-row VALUES of 128 rows and fewer; on PostgreSQL one statement over arrays
 * (`unnest`), one round trip whatever the row count. Rows are arrays in column order; the
 * result is the rows `tail` returns.
 */
export function bulkInsert<R = unknown>(statement: BulkStatement) {
  const names = statement.columns.map((c) => c.name).join(', ');
  const postgres = `${postgresBulkText(statement)} ${statement.tail}`;
  const row = `(${statement.columns.map(() => '?').join(',')})`;
  // Statements of 64, 32, …, 1 rows: any count is a few of them, and each is prepared once.
  const sqlite = new Map<number, string>();
  for (let n = SQLITE_CHUNK; n >= 1; n /= 2) {
    sqlite.set(
      n,
      `insert into ${statement.table} (${names}) values ${Array.from({ length: n }, () => row).join(',')} ${statement.tail}`,
    );
  }

  return async (db: Db, rows: readonly (readonly unknown[])[]): Promise<R[]> => {
    if (rows.length === 0) return [];
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      const columns = statement.columns.map((_, c) => rows.map((r) => r[c]));
      return (await db.executeQuery<R>(CompiledQuery.raw(postgres, columns))).rows as R[];
    }
    const out: R[] = [];
    let i = 0;
    while (i < rows.length) {
      let n = SQLITE_CHUNK;
      while (n > rows.length - i) n /= 2;
      const params: unknown[] = [];
      for (let j = i; j < i + n; j++) for (const v of rows[j] ?? []) params.push(v);
      const res = await db.executeQuery<R>(CompiledQuery.raw(sqlite.get(n) ?? '', params));
      for (const r of res.rows) out.push(r);
      i += n;
    }
    return out;
  };
}

/** The PostgreSQL statement of a bulk insert, for the benchmark's driver floor. */
export function postgresBulkText(statement: BulkStatement): string {
  const names = statement.columns.map((c) => c.name).join(', ');
  const arrays = statement.columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(', ');
  const select = statement.columns.map((c) => c.pgSelect ?? c.name).join(', ');
  return `insert into ${statement.table} (${names}) select ${select} from unnest(${arrays}) as t(${names})`;
}

/**
 * `<column> in <these values>` with one parameter whatever their number, so the statement is
 * prepared once: a JSON array read by `json_each` on SQLite, a text array on PostgreSQL.
 */
export function inValues(db: Db, column: string, values: readonly string[]): RawBuilder<boolean> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<boolean>`${sql.ref(column)} = any(${values}::text[])`
    : sql<boolean>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}
