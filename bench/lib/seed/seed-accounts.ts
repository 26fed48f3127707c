import { performance } from 'node:perf_hooks';
import type { Runtime } from '../../../server/src/compose.ts';
import type { DatabaseTarget } from '../../../server/src/platform/db/connect.ts';
import { type BenchWorkspace, createBenchWorkspace } from '../product.ts';
import { type AccountSeed, generateAccounts, generateContacts, type TagSeed } from './accounts-data.ts';
import { openSeeder } from './seeder.ts';

export type InsertRate = { table: string; rows: number; seconds: number; rowsPerSecond: number };
export type SeedResult = {
  workspace: BenchWorkspace;
  accounts: AccountSeed[];
  tags: TagSeed[];
  contacts: number;
  /** Time inside the driver only (generating rows is not counted). */
  inserts: InsertRate[];
  analyzeSeconds: number;
  wallSeconds: number;
};

const TEAM = [
  { name: 'Avery Admin', role: 'admin' },
  { name: 'Morgan Manager', role: 'manager' },
  { name: 'Riley Lead', role: 'manager' },
  { name: 'Casey Chen', role: 'csm' },
  { name: 'Jordan Patel', role: 'csm' },
  { name: 'Sam Okafor', role: 'csm' },
  { name: 'Taylor Novak', role: 'csm' },
  { name: 'Alex Moreau', role: 'csm' },
  { name: 'Jamie Schulz', role: 'csm' },
  { name: 'Robin Silva', role: 'csm' },
  { name: 'Drew Kowalski', role: 'csm' },
  { name: 'Quinn Larsen', role: 'csm' },
] as const;

const SEED = 20_240_601;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** A workspace through the product's verbs, then accounts, tags and contacts through the driver. */
export async function seedAccounts(
  runtime: Runtime,
  target: DatabaseTarget,
  opts: { accounts: number; contacts: number; log: (line: string) => void },
): Promise<SeedResult> {
  const wallStart = performance.now();
  const workspace = await createBenchWorkspace(runtime, [...TEAM]);
  const ownerIds = workspace.members.filter((m) => m.role !== 'admin').map((m) => m.id);
  const now = Date.parse(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  opts.log(`generating ${fmt(opts.accounts)} accounts`);
  const { accounts, tags } = generateAccounts({ count: opts.accounts, ownerIds, now, seed: SEED });
  const seeder = await openSeeder(target);
  const inserts: InsertRate[] = [];
  const timed = async (table: string, rows: number, fn: () => Promise<void>) => {
    const t0 = performance.now();
    await fn();
    const seconds = (performance.now() - t0) / 1000;
    const rate = { table, rows, seconds, rowsPerSecond: rows / seconds };
    opts.log(`${table}: ${fmt(rows)} rows in ${seconds.toFixed(1)} s (${fmt(rate.rowsPerSecond)} rows/s)`);
    return rate;
  };
  try {
    inserts.push(await timed('accounts', accounts.length, () => seeder.accounts(workspace.id, accounts)));
    inserts.push(await timed('account_tags', tags.length, () => seeder.tags(workspace.id, tags)));
    let inserted = 0;
    let insertSeconds = 0;
    let nextReport = opts.contacts / 10;
    const batches = generateContacts({
      accounts,
      total: opts.contacts,
      batchSize: 10_000,
      now,
      seed: SEED + 1,
    });
    for (const batch of batches) {
      const t0 = performance.now();
      await seeder.contacts(workspace.id, batch);
      insertSeconds += (performance.now() - t0) / 1000;
      inserted += batch.length;
      if (inserted >= nextReport && inserted < opts.contacts) {
        opts.log(
          `contacts: ${fmt(inserted)}/${fmt(opts.contacts)} (${fmt(inserted / insertSeconds)} rows/s)`,
        );
        nextReport += opts.contacts / 10;
      }
    }
    inserts.push({
      table: 'contacts',
      rows: inserted,
      seconds: insertSeconds,
      rowsPerSecond: inserted / insertSeconds,
    });
    opts.log(
      `contacts: ${fmt(inserted)} rows in ${insertSeconds.toFixed(1)} s (${fmt(inserted / insertSeconds)} rows/s)`,
    );
    const t0 = performance.now();
    await seeder.analyze();
    const analyzeSeconds = (performance.now() - t0) / 1000;
    opts.log(`analyze: ${analyzeSeconds.toFixed(1)} s`);
    return {
      workspace,
      accounts,
      tags,
      contacts: inserted,
      inserts,
      analyzeSeconds,
      wallSeconds: (performance.now() - wallStart) / 1000,
    };
  } finally {
    await seeder.close();
  }
}
