import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { v7 } from 'uuid';
import { EVENT_COLUMNS } from '../../../server/src/modules/usage/repository.ts';
import type { DatabaseTarget } from '../../../server/src/platform/db/connect.ts';
import { startChild } from '../../lib/child.ts';
import { measureHttp } from '../../lib/load.ts';
import { EVENTS_PER_BATCH, fill } from './bodies.ts';

const COLUMNS = EVENT_COLUMNS;

type Ids = { workspaceId: string; sourceId: string; accountId: string };

/** The rows the product stores for one batch, built from the same body. */
function rowsOf(body: string, ids: Ids, unique: string): unknown[][] {
  const now = new Date().toISOString();
  const { batch } = JSON.parse(body) as { batch: Array<Record<string, unknown>> };
  return batch.map((e, i) => [
    v7(),
    ids.workspaceId,
    ids.sourceId,
    `floor-${unique}-${i}`,
    'track',
    e.event,
    `u:${String(e.userId)}`,
    ids.accountId,
    e.timestamp,
    now,
    JSON.stringify(e),
  ]);
}

/**
 * The database floor: the same event rows inserted straight through the driver, one
 * transaction per 100-event batch (what one request commits), with the product's indexes.
 */
export async function driverFloor(target: DatabaseTarget, templates: string[], ids: Ids, seconds: number) {
  let batches = 0;
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
    while (performance.now() < until) {
      write(rowsOf(templates[batches % templates.length] ?? '', ids, String(batches)));
      batches++;
    }
    db.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const values = Array.from(
      { length: EVENTS_PER_BATCH },
      (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(',')})`,
    ).join(',');
    const text = `insert into usage_events (${COLUMNS.join(',')}) values ${values}`;
    while (performance.now() < until) {
      const rows = rowsOf(templates[batches % templates.length] ?? '', ids, String(batches));
      await client.query('begin');
      await client.query(text, rows.flat());
      await client.query('commit');
      batches++;
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
