import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../server/src/platform/db/connect.ts';
import type { DatabaseKind } from './settings.ts';

/** A fresh, empty database for one workload run, and a folder for the server's data dir. */
export type BenchDatabase = {
  kind: DatabaseKind;
  target: DatabaseTarget;
  /** TRUSTCIRCLE_DATA_DIR for the runtimes started on this database (secrets file, SQLite file). */
  dataDir: string;
  /** Where to find it when BENCH_KEEP kept it. */
  describe: string;
  drop: () => Promise<void>;
};

export async function openBenchDatabase(
  kind: DatabaseKind,
  postgresAdminUrl: string,
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tc-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    // Where the product looks in its data folder: the bench starts it with TRUSTCIRCLE_DATA_DIR.
    const file = path.join(dataDir, 'trustcircle.db');
    return { kind, target: { kind, file }, dataDir, describe: file, drop: async () => removeDir() };
  }
  // Same approach as the test harness: our own database on the given server, dropped afterwards.
  const name = `tc_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(postgresAdminUrl, `create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    target: { kind, url: url.toString() },
    dataDir,
    describe: url.toString(),
    drop: async () => {
      await adminQuery(postgresAdminUrl, `drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}

async function adminQuery(adminUrl: string, text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
