import BetterSqlite3 from 'better-sqlite3';
import type { AccountSeed, ContactSeed, TagSeed } from './accounts-data.ts';
import type { Seeder } from './seeder.ts';

const BATCH = 1_000;
export const CACHE_MIB = 256;
export const CHECKPOINT_PAGES = 100_000;

/** Prepared statements in 1,000-row transactions: the product's pragmas plus two bulk-load settings. */
export function sqliteSeeder(file: string): Seeder {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Bulk-load settings of this connection only. Measured here: the WAL checkpoints (every 1,000
  // pages by default, each writing pages back and syncing) halve the rate or worse; a larger
  // page cache alone changes little. analyze() checkpoints once at the end.
  db.pragma(`cache_size = -${CACHE_MIB * 1024}`);
  db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  const account = db.prepare(
    `insert into accounts (id, workspace_id, name, search_text, domain, owner_id, tier, arr_cents,
       contract_start, renewal_date, stage, custom_fields, external_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('insert into account_tags (workspace_id, account_id, tag) values (?, ?, ?)');
  const contact = db.prepare(
    `insert into contacts (id, workspace_id, account_id, first_name, last_name, sort_name, search_text,
       email, phone, title, role, is_primary, external_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAccounts = db.transaction((workspaceId: string, rows: AccountSeed[]) => {
    for (const r of rows) {
      account.run(
        r.id,
        workspaceId,
        r.name,
        r.search_text,
        r.domain,
        r.owner_id,
        r.tier,
        r.arr_cents,
        r.contract_start,
        r.renewal_date,
        r.stage,
        r.custom_fields,
        r.external_id,
        r.created_at,
        r.updated_at,
      );
    }
  });
  const insertTags = db.transaction((workspaceId: string, rows: TagSeed[]) => {
    for (const r of rows) tag.run(workspaceId, r.account_id, r.tag);
  });
  const insertContacts = db.transaction((workspaceId: string, rows: ContactSeed[]) => {
    for (const r of rows) {
      contact.run(
        r.id,
        workspaceId,
        r.account_id,
        r.first_name,
        r.last_name,
        r.sort_name,
        r.search_text,
        r.email,
        r.phone,
        r.title,
        r.role,
        r.is_primary ? 1 : 0,
        r.external_id,
        r.created_at,
        r.updated_at,
      );
    }
  });
  // Callers hand over larger slices; each 1,000 rows is its own transaction.
  const chunked =
    <T>(fn: (ws: string, rows: T[]) => void) =>
    async (workspaceId: string, rows: T[]) => {
      for (let i = 0; i < rows.length; i += BATCH) fn(workspaceId, rows.slice(i, i + BATCH));
    };
  return {
    batchSize: BATCH,
    accounts: chunked(insertAccounts),
    tags: chunked(insertTags),
    contacts: chunked(insertContacts),
    analyze: async () => {
      db.exec('analyze');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: async () => {
      db.close();
    },
  };
}
