import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../../server/src/platform/db/connect.ts';
import { type Summary, summarize } from './stats.ts';

export type RawQuery = { sql: string; parameters: readonly unknown[] };

/** The database driver with nothing of ours on top: the floor a request's SQL is compared with. */
export type RawDriver = {
  /** A function that runs the query once and returns its rows (statement prepared once on SQLite). */
  prepare: (q: RawQuery) => () => Promise<unknown[]>;
  /** The plan: EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. */
  explain: (q: RawQuery) => Promise<string[]>;
  exec: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

export async function openRawDriver(target: DatabaseTarget): Promise<RawDriver> {
  if (target.kind === 'sqlite') {
    const db = new BetterSqlite3(target.file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return {
      prepare: (q) => {
        const stmt = db.prepare(q.sql);
        return async () => stmt.all(...q.parameters) as unknown[];
      },
      explain: async (q) => {
        const rows = db.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as Array<{
          id: number;
          parent: number;
          detail: string;
        }>;
        const depth = new Map<number, number>([[0, -1]]);
        return rows.map((r) => {
          const d = (depth.get(r.parent) ?? -1) + 1;
          depth.set(r.id, d);
          return `${'  '.repeat(d)}${r.detail}`;
        });
      },
      exec: async (sql) => {
        db.exec(sql);
      },
      close: async () => {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    prepare: (q) => async () => (await client.query({ text: q.sql, values: [...q.parameters] })).rows,
    explain: async (q) => {
      const res = await client.query({
        text: `explain (analyze, buffers) ${q.sql}`,
        values: [...q.parameters],
      });
      return res.rows.map((r: Record<string, string>) => r['QUERY PLAN'] ?? '');
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

export type RawResult = { iterations: number; latency: Summary; samples: number[]; perQuery: Summary[] };

/**
 * Runs one request's queries back to back, sequentially, `iterations` times (or until
 * maxSeconds), timing the whole set and each query.
 */
export async function measureRaw(
  runners: Array<() => Promise<unknown[]>>,
  opts: { iterations: number; maxSeconds: number; warmup: number },
): Promise<RawResult> {
  for (let i = 0; i < opts.warmup; i++) for (const run of runners) await run();
  const samples: number[] = [];
  const each: number[][] = runners.map(() => []);
  const deadline = performance.now() + opts.maxSeconds * 1000;
  for (let i = 0; i < opts.iterations && performance.now() < deadline; i++) {
    const start = performance.now();
    let t = start;
    for (const [k, run] of runners.entries()) {
      await run();
      const now = performance.now();
      each[k]?.push(now - t);
      t = now;
    }
    samples.push(t - start);
  }
  return { iterations: samples.length, latency: summarize(samples), samples, perQuery: each.map(summarize) };
}
