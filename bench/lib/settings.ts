import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseKind = 'sqlite' | 'postgres';

/** What one `npm run bench` does, read once from the environment. */
export type Settings = {
  /** Workload names to run; null runs them all. */
  workloads: string[] | null;
  databases: DatabaseKind[];
  /** The server on which a fresh PostgreSQL database is created and dropped. */
  postgresAdminUrl: string;
  /** 1 = the full data set (100,000 accounts, 500,000 contacts). */
  scale: number;
  /** Seconds of measured load per query kind. */
  duration: number;
  /** Seconds of sustained ingestion (the issue asks for 60). */
  ingestDuration: number;
  connections: number;
  /** Keep the bench databases afterwards (to EXPLAIN by hand). */
  keep: boolean;
  /** Also try the index and query changes proposed for kinds that miss their targets. */
  proposals: boolean;
  /** The server's log level during the measurement (production default: info). */
  logLevel: string;
  resultsDir: string;
};

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const DATABASES: DatabaseKind[] = ['sqlite', 'postgres'];

function list(value: string | undefined): string[] | null {
  const items = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : null;
}

const flag = (value: string | undefined) => value === '1' || value === 'true';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}

export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const databases = list(env.BENCH_DATABASES) ?? DATABASES;
  for (const d of databases) {
    if (!DATABASES.includes(d as DatabaseKind)) {
      throw new Error(`BENCH_DATABASES: unknown database "${d}" (use ${DATABASES.join(',')})`);
    }
  }
  const scale = positive('BENCH_SCALE', env.BENCH_SCALE, 1);
  return {
    workloads: list(env.BENCH_WORKLOADS),
    databases: databases as DatabaseKind[],
    postgresAdminUrl:
      env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    scale,
    // A quick development run (scale < 1) measures for a few seconds only.
    duration: positive('BENCH_DURATION', env.BENCH_DURATION, scale >= 1 ? 15 : 4),
    ingestDuration: positive('BENCH_INGEST_DURATION', env.BENCH_INGEST_DURATION, scale >= 1 ? 60 : 8),
    connections: Math.round(positive('BENCH_CONNECTIONS', env.BENCH_CONNECTIONS, 8)),
    keep: flag(env.BENCH_KEEP),
    proposals: flag(env.BENCH_PROPOSALS),
    logLevel: env.BENCH_LOG_LEVEL || 'info',
    resultsDir: path.join(BENCH_DIR, 'results'),
  };
}
