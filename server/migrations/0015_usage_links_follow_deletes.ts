import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * A group's link to its account and a product user's account and contact now follow the
 * team's deletes. Before, a deleted account's groupId kept pointing at it: its events were
 * counted for an account nobody could see, and the group's next `group` call failed its
 * whole flush. Now deleting an account drops its group links (the group's next event makes
 * a new account, as the first one did) and clears it from the people who had it; deleting
 * a contact clears it from its person. Links and people already pointing at deleted rows
 * are cleaned first. Events, and the rollups counted from them, keep the account they were
 * counted for (nothing reads them without it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (columnTypes(db).pg) {
    // Kysely runs a PostgreSQL migration in a transaction. These locks keep a server still
    // on the old version from writing a new orphan between the cleaning and the constraint.
    await sql`lock table accounts, contacts, usage_groups, usage_identities in share row exclusive mode`.execute(
      db,
    );
    await removeOrphans(db);
    await sql`alter table usage_groups add constraint usage_groups_account
      foreign key (account_id) references accounts (id) on delete cascade`.execute(db);
    await sql`alter table usage_identities add constraint usage_identities_account
      foreign key (account_id) references accounts (id) on delete set null`.execute(db);
    await sql`alter table usage_identities add constraint usage_identities_contact
      foreign key (contact_id) references contacts (id) on delete set null`.execute(db);
    await createIndexes(db);
  } else {
    // Kysely does not wrap SQLite migrations in a transaction; a crash halfway through the
    // rebuild would leave tables that the next start cannot migrate. SQLite's DDL is
    // transactional, so all of it is one.
    await db.transaction().execute(async (trx) => {
      await removeOrphans(trx);
      await rebuildSqliteTables(trx);
      await createIndexes(trx);
    });
  }
}

async function removeOrphans(db: Kysely<unknown>) {
  await sql`delete from usage_groups where not exists (select 1 from accounts a where a.id = usage_groups.account_id)`.execute(
    db,
  );
  await sql`update usage_identities set account_id = null
    where account_id is not null and not exists (select 1 from accounts a where a.id = usage_identities.account_id)`.execute(
    db,
  );
  await sql`update usage_identities set contact_id = null
    where contact_id is not null and not exists (select 1 from contacts c where c.id = usage_identities.contact_id)`.execute(
    db,
  );
}

/** A delete finds the rows pointing at it through these, instead of reading whole tables. */
async function createIndexes(db: Kysely<unknown>) {
  await db.schema.createIndex('usage_groups_account').on('usage_groups').column('account_id').execute();
  await db.schema
    .createIndex('usage_identities_account')
    .on('usage_identities')
    .column('account_id')
    .execute();
  await db.schema
    .createIndex('usage_identities_contact')
    .on('usage_identities')
    .column('contact_id')
    .execute();
}

/** SQLite cannot add a foreign key to a table: both move to new ones with the same rows. */
async function rebuildSqliteTables(db: Kysely<unknown>) {
  const t = columnTypes(db);
  await db.schema
    .createTable('usage_identities_next')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('alias_of', 'text')
    .addColumn('email', 'text')
    .addColumn('name', 'text')
    .addColumn('first_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_identities_pk', ['workspace_id', 'user_key'])
    .execute();
  await db.schema
    .createTable('usage_groups_next')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_groups_pk', ['workspace_id', 'group_id'])
    .execute();
  const identities =
    'workspace_id, user_key, account_id, contact_id, alias_of, email, name, first_seen_at, last_seen_at';
  await sql
    .raw(`insert into usage_identities_next (${identities}) select ${identities} from usage_identities`)
    .execute(db);
  const groups = 'workspace_id, group_id, account_id, created_at';
  await sql.raw(`insert into usage_groups_next (${groups}) select ${groups} from usage_groups`).execute(db);
  for (const table of ['usage_identities', 'usage_groups']) {
    await db.schema.dropTable(table).execute();
    await db.schema.alterTable(`${table}_next`).renameTo(table).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['usage_groups_account', 'usage_identities_account', 'usage_identities_contact'])
    await db.schema.dropIndex(index).ifExists().execute();
  if (columnTypes(db).pg) {
    await sql`alter table usage_groups drop constraint if exists usage_groups_account`.execute(db);
    await sql`alter table usage_identities drop constraint if exists usage_identities_account`.execute(db);
    await sql`alter table usage_identities drop constraint if exists usage_identities_contact`.execute(db);
  }
}
