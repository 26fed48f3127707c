import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { v7 } from 'uuid';
import { EVENT_COLUMNS, POSTGRES_EVENT_INSERT } from '../../../server/src/modules/usage/repository/index.ts';
import type { DatabaseTarget } from '../../../server/src/platform/db/connect.ts';
import { startChild } from '../../lib/child.ts';
import { measureHttp } from '../../lib/load.ts';
import { EVENTS_PER_BATCH, fill } from './bodies.ts';

const COLUMNS = EVENT_COLUMNS;

type Ids = { workspaceId: string; sourceId: string; accountId: string };

/** The rows the product stores for one batch, parsed once from the same body. */
function templateRows(body: string, ids: Ids): unknown[][] {
  const now = new Date().toISOString();
  const { batch } = JSON.parse(body) as { batch: Array<Record<string, unknown>> };
  return batch.map((e) => [
    '',
    ids.workspaceId,
    ids.sourceId,
    '',
    'track',
    e.event,
    `u:${String(e.userId)}`,
    ids.accountId,
    e.timestamp,
    now,
    JSON.stringify(e),
  ]);
}

/** The template rows with fresh ids: every row is new, as every event is. */
const fresh = (rows: unknown[][], n: number) =>
  rows.map((r, i) => {
    const row = [...r];
    row[0] = v7();
    row[3] = `floor-${n}-${i}`;
    return row;
  });

export const FLOOR_ROWS_PER_TRANSACTION = 1_000;

/**
 * The database floor: the same event rows, parsed beforehand, inserted straight through the
 * driver into the product's table (with its indexes), 1,000 rows a transaction. This is the
 * most the database takes from one process; the product's group commit aims for its
 * transactions to be as large.
 */
export async function driverFloor(target: DatabaseTarget, templates: string[], ids: Ids, seconds: number) {
  const parsed = templates.map((t) => templateRows(t, ids));
  const perTx = FLOOR_ROWS_PER_TRANSACTION / EVENTS_PER_BATCH;
  let batches = 0;
  const next = () => fresh(parsed[batches % parsed.length] ?? [], batches++);
  const started = performance.now();
  const until = started + seconds * 1000;
  if (target.kind === 'sqlite') {
    const db = new BetterSqlite3(target.file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const insert = db.prepare(
      `insert into usage_events (${COLUMNS.join(',')}) values (${COLUMNS.map(() => '?').join(',')})`,
    );
    const write = db.transaction((rows: unknown[][]) => {
      for (const r of rows) insert.run(...r);
    });
    while (performance.now() < until) write(Array.from({ length: perTx }, next).flat());
    db.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    // The product's own statement, through the bare driver.
    const text = POSTGRES_EVENT_INSERT;
    while (performance.now() < until) {
      const rows = Array.from({ length: perTx }, next).flat();
      await client.query('begin');
      await client.query(
        text,
        COLUMNS.map((_, c) => rows.map((r) => r[c])),
      );
      await client.query('commit');
    }
    await client.end();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { eventsPerSecond: (batches * EVENTS_PER_BATCH) / elapsed, batches };
}

/** The HTTP floor: node:http parsing the same bodies under the same load, nothing else. */
export async function bareHttpFloor(templates: string[], connections: number, seconds: number) {
  const server = await startChild('bare-ingest-child.ts', {});
  let n = 0;
  try {
    const r = await measureHttp({
      url: `http://127.0.0.1:${server.port}/v1/batch`,
      connections,
      seconds,
      requests: [
        {
          method: 'POST',
          path: '/v1/batch',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({
            ...req,
            body: fill(templates[n % templates.length] ?? '', `bare${n++}`),
          }),
        },
      ],
    });
    return { eventsPerSecond: r.requestsPerSecond * EVENTS_PER_BATCH, p99: r.latency.p99 };
  } finally {
    await server.stop();
  }
}
