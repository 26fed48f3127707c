import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BenchDatabase, openBenchDatabase } from './lib/databases.ts';
import { buildServer } from './lib/server.ts';
import { readSettings } from './lib/settings.ts';
import { WORKLOADS } from './workloads/index.ts';

/**
 * `npm run bench`: every workload named in BENCH_WORKLOADS (default all) on every database in
 * BENCH_DATABASES (default sqlite,postgres), each on a fresh database it creates and drops.
 * Prints a readable report and writes bench/results/<workload>-<timestamp>.json.
 */
const settings = readSettings();
const chosen = settings.workloads ? WORKLOADS.filter((w) => settings.workloads?.includes(w.name)) : WORKLOADS;
const unknown = settings.workloads?.filter((name) => !WORKLOADS.some((w) => w.name === name)) ?? [];
if (unknown.length || chosen.length === 0) {
  console.error(
    `Unknown workload(s): ${unknown.join(', ')}. Known: ${WORKLOADS.map((w) => w.name).join(', ')}`,
  );
  process.exit(2);
}

const machine = () => ({
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
});

mkdirSync(settings.resultsDir, { recursive: true });
buildServer();
let failed = false;
let current: BenchDatabase | null = null;
// Ctrl-C: the server children get the signal too; still drop the database this run made.
process.once('SIGINT', () => {
  console.error('\ninterrupted: dropping the bench database');
  const drop = current && !settings.keep ? current.drop() : Promise.resolve();
  void drop.finally(() => process.exit(130));
});
for (const workload of chosen) {
  const startedAt = new Date();
  const report: string[] = [];
  const results: unknown[] = [];
  const before = machine();
  console.log(`\n# ${workload.name}: ${workload.description}`);
  console.log(
    `scale ${settings.scale}, ${settings.connections} connections, ${settings.duration} s per kind; ` +
      `${before.cpus} CPUs (${before.cpuModel}), load average ${before.loadAverage.join(' ')}`,
  );
  for (const kind of settings.databases) {
    const database = await openBenchDatabase(kind, settings.postgresAdminUrl);
    current = database;
    const log = (line: string) => console.log(`  [${kind}] ${line}`);
    log(`fresh database: ${database.describe}`);
    try {
      const out = await workload.run(database, { settings, log });
      results.push(out.result);
      report.push('', ...out.report);
    } catch (err) {
      failed = true;
      console.error(`  [${kind}] ${workload.name} failed:`, err);
    } finally {
      if (settings.keep) log(`kept (BENCH_KEEP): ${database.describe}`);
      else await database.drop();
      current = null;
    }
  }
  const file = path.join(
    settings.resultsDir,
    `${workload.name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const after = machine();
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        workload: workload.name,
        description: workload.description,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: { ...after, loadAverageBefore: before.loadAverage, loadAverageAfter: after.loadAverage },
        settings: { ...settings, postgresAdminUrl: undefined },
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(report.join('\n'));
  console.log(
    `\nload average after: ${after.loadAverage.join(' ')}\nwritten: ${path.relative(process.cwd(), file)}`,
  );
}
process.exit(failed ? 1 : 0);
