import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createSource } from '../../../server/src/modules/sources/index.ts';
import { newId } from '../../../server/src/platform/ids.ts';
import type { BenchDatabase } from '../../lib/databases.ts';
import { measureHttp } from '../../lib/load.ts';
import { createBenchWorkspace, startRuntime } from '../../lib/product.ts';
import { startProductServer } from '../../lib/server.ts';
import { round, summarize } from '../../lib/stats.ts';
import { formatTable, int, ms, ratio, verdict } from '../../lib/table.ts';
import type { Workload, WorkloadContext } from '../types.ts';
import { averageEventBytes, bodyTemplates, EVENTS_PER_BATCH, fill, groupCalls } from './bodies.ts';
import { bareHttpFloor, driverFloor } from './floors.ts';

const TEMPLATES = 50;
const TARGET_SQLITE_EVENTS = 30_000;
const TARGET_RSS_MB = 300;
const TARGET_FRESH_MS = 2_000;

/** Peak and current resident memory of a process, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

async function prepare(database: BenchDatabase) {
  const runtime = await startRuntime(database.target, database.dataDir);
  try {
    const ws = await createBenchWorkspace(runtime, [{ name: 'Bench Admin', role: 'admin' }]);
    const { platform } = runtime;
    const ctx = {
      db: platform.db,
      clock: platform.clock,
      log: platform.log,
      requestId: newId(),
      baseUrl: 'http://127.0.0.1',
      workspace: { id: ws.id, name: 'Bench Corp' },
      actor: { type: 'cli' as const, command: 'bench' },
    };
    const source = await createSource({ ctx, input: { name: 'Bench backend' } });
    return { workspaceId: ws.id, apiKey: ws.apiKey, source };
  } finally {
    await runtime.close();
  }
}

/**
 * While the load runs, one more event at a time for a probe account: the time from sending
 * it to seeing it in the account's usage API is how fresh the rollups are.
 */
function startFreshnessProbe(base: string, writeKey: string, apiKey: string) {
  const samples: number[] = [];
  let running = true;
  const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
  const loop = (async () => {
    const list = await fetch(`${base}/api/v1/accounts?q=probe`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const accountId = ((await list.json()) as { data: Array<{ id: string }> }).data[0]?.id;
    if (!accountId) throw new Error('the probe account is missing');
    let expected = 0;
    const usage = async () => {
      const r = await fetch(`${base}/api/v1/accounts/${accountId}/usage`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      return ((await r.json()) as { totalEvents: number }).totalEvents;
    };
    expected = await usage();
    while (running) {
      const t0 = performance.now();
      expected++;
      await fetch(`${base}/v1/track`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({
          userId: 'probe-user',
          event: 'Probe',
          context: { groupId: 'probe' },
          messageId: `probe-${newId()}`,
        }),
      });
      while ((await usage()) < expected) await new Promise((r) => setTimeout(r, 20));
      samples.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return summarize(samples);
    },
  };
}

async function run(database: BenchDatabase, { settings, log }: WorkloadContext) {
  const seconds = settings.ingestDuration;
  const connections = Math.max(8, settings.connections);
  const prepared = await prepare(database);
  const templates = bodyTemplates(TEMPLATES, new Date());
  log(
    `bodies: ${EVENTS_PER_BATCH} events a batch, about ${averageEventBytes(templates[0] ?? '')} bytes an event`,
  );

  const server = await startProductServer({
    target: database.target,
    dataDir: database.dataDir,
    logLevel: settings.logLevel,
  });
  const base = `http://127.0.0.1:${server.port}`;
  const headers = {
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${prepared.source.writeKey}:`).toString('base64')}`,
  };
  let n = 0;
  const requests = [
    {
      method: 'POST',
      path: '/v1/batch',
      headers,
      setupRequest: (req: Record<string, unknown>) => ({
        ...req,
        body: fill(templates[n % TEMPLATES] ?? '', `r${n++}`),
      }),
    },
  ];
  let api: Awaited<ReturnType<typeof measureHttp>>;
  let freshness: ReturnType<typeof summarize>;
  let peakMb = 0;
  try {
    for (const body of [
      groupCalls(),
      JSON.stringify({
        batch: [{ type: 'group', userId: 'probe-user', groupId: 'probe', traits: { name: 'probe' } }],
      }),
    ]) {
      const r = await fetch(`${base}/v1/batch`, { method: 'POST', headers, body });
      if (r.status !== 200) throw new Error(`group calls: ${r.status} ${await r.text()}`);
    }
    await measureHttp({ url: `${base}/v1/batch`, connections, seconds: Math.min(5, seconds), requests });
    log('warm-up done; measuring');
    const probe = startFreshnessProbe(base, prepared.source.writeKey, prepared.apiKey);
    const sampler = setInterval(() => {
      peakMb = Math.max(peakMb, memoryOf(server.pid).rssMb);
    }, 250);
    api = await measureHttp({ url: `${base}/v1/batch`, connections, seconds, requests });
    clearInterval(sampler);
    freshness = await probe.stop();
    peakMb = Math.max(peakMb, memoryOf(server.pid).peakMb);
  } finally {
    await server.stop();
  }
  const eventsPerSecond = api.requestsPerSecond * EVENTS_PER_BATCH;
  log(
    `API: ${int(eventsPerSecond)} events/s (${api.requestsPerSecond.toFixed(1)} batches/s), p99 ${ms(api.latency.p99)} ms, ` +
      `peak RSS ${int(peakMb)} MB, rollups fresh p95 ${ms(freshness.p95)} ms` +
      (api.non2xx + api.errors ? `, ${api.non2xx} non-2xx, ${api.errors} errors` : ''),
  );

  const floorSeconds = Math.min(seconds, 15);
  const ids = { workspaceId: prepared.workspaceId, sourceId: prepared.source.id, accountId: newId() };
  const driver = await driverFloor(database.target, templates, ids, floorSeconds);
  log(`driver floor: ${int(driver.eventsPerSecond)} events/s`);
  const bare = await bareHttpFloor(templates, connections, floorSeconds);
  log(`bare node:http floor: ${int(bare.eventsPerSecond)} events/s`);

  const lowerFloor = Math.min(driver.eventsPerSecond, bare.eventsPerSecond);
  const share = eventsPerSecond / lowerFloor;
  const checks = {
    eventsPerSecond: database.kind === 'sqlite' ? eventsPerSecond >= TARGET_SQLITE_EVENTS : null,
    halfOfFloor: share >= 0.5,
    rss: peakMb < TARGET_RSS_MB,
    freshness: freshness.p95 < TARGET_FRESH_MS,
  };
  const result = {
    database: database.kind,
    seconds,
    connections,
    eventsPerSecond: round(eventsPerSecond),
    batchesPerSecond: round(api.requestsPerSecond),
    latency: api.latency,
    non2xx: api.non2xx,
    errors: api.errors,
    peakRssMb: round(peakMb),
    freshnessMs: freshness,
    driverFloorEventsPerSecond: round(driver.eventsPerSecond),
    bareHttpFloorEventsPerSecond: round(bare.eventsPerSecond),
    shareOfLowerFloor: round(share, 3),
    checks,
  };
  const report = [
    `## ingestion [${database.kind}]: ${seconds} s, ${connections} connections, ${EVENTS_PER_BATCH}-event batches`,
    ...formatTable(
      ['figure', 'measured', 'target', 'verdict'],
      [
        [
          'events/s through the API',
          int(eventsPerSecond),
          database.kind === 'sqlite' ? `≥ ${int(TARGET_SQLITE_EVENTS)}` : '-',
          verdict(checks.eventsPerSecond),
        ],
        ['p99 latency of a batch (ms)', ms(api.latency.p99), '-', 'n/a'],
        ['driver floor, 1,000 rows a transaction (events/s)', int(driver.eventsPerSecond), '-', 'n/a'],
        ['bare node:http floor (events/s)', int(bare.eventsPerSecond), '-', 'n/a'],
        ['API / lower floor', ratio(share), '≥ 0.50×', verdict(checks.halfOfFloor)],
        ['peak RSS of the server (MB)', int(peakMb), `< ${TARGET_RSS_MB}`, verdict(checks.rss)],
        [
          'rollups fresh, p95 (ms)',
          ms(freshness.p95),
          `< ${int(TARGET_FRESH_MS)}`,
          verdict(checks.freshness),
        ],
      ],
    ),
  ];
  return { result, report };
}

export const ingestion: Workload = {
  name: 'ingestion',
  description:
    'Segment-compatible /v1/batch ingestion over HTTP, against a driver floor and a bare node:http floor',
  run,
};
