import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startChild } from '../../lib/child.ts';
import type { BenchDatabase } from '../../lib/databases.ts';
import { type LoadResult, measureHttp } from '../../lib/load.ts';
import { measureRaw, type RawDriver, type RawResult } from '../../lib/raw.ts';
import { startProductServer } from '../../lib/server.ts';
import type { Settings } from '../../lib/settings.ts';
import { summarize } from '../../lib/stats.ts';
import { ms } from '../../lib/table.ts';
import type { Log, Prepared, Query } from './prepare.ts';

export type Figures = Omit<LoadResult, 'samples'>;
export type ApiRun = { loaded: LoadResult[]; alone: LoadResult[] };

export const phases = (s: Settings) => ({
  warmup: Math.max(1, Math.round(s.duration / 5)),
  single: Math.max(2, Math.round(s.duration / 3)),
});

const describeLoad = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(r.latency.p50)} ms, p95 ${ms(r.latency.p95)} ms` +
  (r.non2xx + r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : '');

/** The real server in a child process under autocannon: each kind with N connections, then with one. */
export async function measureApi(
  database: BenchDatabase,
  prepared: Prepared[],
  apiKey: string,
  s: Settings,
  log: Log,
): Promise<ApiRun> {
  const server = await startProductServer({
    target: database.target,
    dataDir: database.dataDir,
    logLevel: s.logLevel,
  });
  const headers = { authorization: `Bearer ${apiKey}` };
  const url = (p: Prepared) => `http://127.0.0.1:${server.port}${p.url}`;
  const { warmup, single } = phases(s);
  try {
    const loaded: LoadResult[] = [];
    for (const p of prepared) {
      await measureHttp({ url: url(p), headers, connections: s.connections, seconds: warmup });
      const r = await measureHttp({ url: url(p), headers, connections: s.connections, seconds: s.duration });
      loaded.push(r);
      log(`API ${p.kind.name} (${s.connections} connections): ${describeLoad(r)}`);
    }
    const alone: LoadResult[] = [];
    for (const p of prepared) {
      const r = await measureHttp({ url: url(p), headers, connections: 1, seconds: single });
      alone.push(r);
      log(`API ${p.kind.name} (1 connection): ${describeLoad(r)}`);
    }
    return { loaded, alone };
  } finally {
    await server.stop();
  }
}

/**
 * The same SQL with the same parameters through the bare driver: one request's queries back to
 * back, as many times as the API answered that kind under load (at most 2 × the duration).
 */
export async function measureFloor(
  raw: RawDriver,
  kinds: Array<{ name: string; queries: Query[]; iterations: number }>,
  s: Settings,
  log: Log,
): Promise<RawResult[]> {
  const out: RawResult[] = [];
  for (const k of kinds) {
    const runners = k.queries.map((q) => raw.prepare(q));
    const r = await measureRaw(runners, {
      iterations: Math.max(50, k.iterations),
      maxSeconds: Math.max(10, 2 * s.duration),
      warmup: 20,
    });
    out.push(r);
    log(`raw SQL ${k.name}: ${r.iterations} runs, p50 ${ms(r.latency.p50)} ms, p95 ${ms(r.latency.p95)} ms`);
  }
  return out;
}

/** Fastify answering a real page as a canned body: what HTTP alone costs. */
export async function measureBareHttp(database: BenchDatabase, body: string, s: Settings, log: Log) {
  const bodyFile = path.join(database.dataDir, 'canned-page.json');
  writeFileSync(bodyFile, body);
  const server = await startChild('bare-child.ts', { path: '/api/v1/accounts', bodyFile });
  const url = `http://127.0.0.1:${server.port}/api/v1/accounts`;
  const { warmup, single } = phases(s);
  try {
    await measureHttp({ url, connections: s.connections, seconds: warmup });
    const loaded = await measureHttp({ url, connections: s.connections, seconds: s.duration });
    const alone = await measureHttp({ url, connections: 1, seconds: single });
    log(
      `bare HTTP: ${describeLoad(loaded)} (${s.connections} connections); ${describeLoad(alone)} (1 connection)`,
    );
    return { bodyBytes: Buffer.byteLength(body), loaded: figures(loaded), alone: figures(alone) };
  } finally {
    await server.stop();
  }
}

/** All kinds as one: every sample, over the summed time. */
export function merged(results: LoadResult[]): Figures {
  const samples = results.flatMap((r) => r.samples);
  const seconds = results.reduce((t, r) => t + r.seconds, 0);
  return {
    connections: results[0]?.connections ?? 0,
    seconds,
    requests: samples.length,
    requestsPerSecond: samples.length / seconds,
    latency: summarize(samples),
    non2xx: results.reduce((t, r) => t + r.non2xx, 0),
    errors: results.reduce((t, r) => t + r.errors, 0),
  };
}

export const figures = ({ samples: _, ...rest }: LoadResult): Figures => rest;
