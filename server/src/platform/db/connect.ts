import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close: () => Promise<void>;
};

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function connectDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): DatabaseHandle {
  const db =
    target.kind === 'sqlite'
      ? new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(target.file) }) })
      : new Kysely<Database>({
          dialect: new PostgresDialect({ pool: openPostgresPool(target.url, options.poolSize) }),
        });
  return { db, kind: target.kind, close: () => db.destroy() };
}

/**
 * better-sqlite3 with WAL and a busy timeout, so the CLI and a running server can share the
 * file. Kysely prepares every query anew; caching prepared statements saves the SQL parse on
 * the hot path. Kysely's plain BEGIN becomes BEGIN IMMEDIATE: a deferred transaction that
 * reads and then writes fails at once with SQLITE_BUSY when another process wrote meanwhile,
 * while an immediate one waits for the busy timeout like every other writer.
 */
function openSqlite(file: string) {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string) {
      const text = sql === 'begin' ? 'begin immediate' : sql;
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = raw.prepare(text);
        if (cache.size > 500) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
    close() {
      raw.close();
    },
  };
}

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

/** Rows read the same on both databases: ISO strings for times, numbers for bigints. */
function openPostgresPool(url: string, max = 10) {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (v: string) => new Date(v).toISOString();
        if (oid === DATE) return (v: string) => v;
        if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server closes (restart, failover) emits an error on the pool;
  // the pool drops that client and the next query opens a new one, so it must not crash us.
  pool.on('error', () => {});
  return pool;
}
