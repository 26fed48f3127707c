import type { DatabaseTarget } from '../../../server/src/platform/db/connect.ts';
import type { AccountSeed, ContactSeed, TagSeed } from './accounts-data.ts';
import { postgresSeeder } from './postgres.ts';
import { sqliteSeeder } from './sqlite.ts';

/**
 * Bulk inserts straight through the driver (the insert floor): better-sqlite3 prepared
 * statements in 1,000-row transactions, PostgreSQL multi-row INSERT … SELECT FROM unnest(…).
 * Each call inserts one batch and resolves when it is committed.
 */
export type Seeder = {
  /** Rows per call that the driver is fed with. */
  batchSize: number;
  accounts: (workspaceId: string, rows: AccountSeed[]) => Promise<void>;
  tags: (workspaceId: string, rows: TagSeed[]) => Promise<void>;
  contacts: (workspaceId: string, rows: ContactSeed[]) => Promise<void>;
  /** Fresh planner statistics (and on PostgreSQL a vacuum, as after a bulk load). */
  analyze: () => Promise<void>;
  close: () => Promise<void>;
};

export async function openSeeder(target: DatabaseTarget): Promise<Seeder> {
  return target.kind === 'sqlite' ? sqliteSeeder(target.file) : postgresSeeder(target.url);
}
