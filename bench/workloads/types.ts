import type { BenchDatabase } from '../lib/databases.ts';
import type { Settings } from '../lib/settings.ts';

export type WorkloadContext = { settings: Settings; log: (line: string) => void };

/** A benchmark: seeds a fresh database, measures, and returns its figures and readable report. */
export type Workload = {
  name: string;
  description: string;
  run: (database: BenchDatabase, ctx: WorkloadContext) => Promise<{ result: unknown; report: string[] }>;
};
