import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('tier', 'text')
    .addColumn('arr_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('contract_start', t.date)
    .addColumn('renewal_date', t.date)
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('custom_fields', t.json, (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // One index per sort order, each ending in id for keyset pagination. Sorting by name uses
  // search_text (the normalised name first), so "apple" and "Zebra" sort as people expect.
  for (const col of ['search_text', 'arr_cents', 'renewal_date', 'created_at', 'updated_at']) {
    await db.schema
      .createIndex(`accounts_by_${col}`)
      .on('accounts')
      .columns(['workspace_id', col, 'id'])
      .execute();
  }
  await db.schema
    .createIndex('accounts_stage')
    .on('accounts')
    .columns(['workspace_id', 'stage', 'name'])
    .execute();
  await db.schema
    .createIndex('accounts_owner')
    .on('accounts')
    .columns(['workspace_id', 'owner_id', 'search_text', 'id'])
    .execute();
  // "My accounts" is the view a CSM lives in: by name (above) and by renewal date, no sort step.
  await db.schema
    .createIndex('accounts_owner_renewal')
    .on('accounts')
    .columns(['workspace_id', 'owner_id', 'renewal_date', 'id'])
    .execute();
  await db.schema.createIndex('accounts_domain').on('accounts').columns(['workspace_id', 'domain']).execute();
  await db.schema
    .createIndex('accounts_external_id')
    .unique()
    .on('accounts')
    .columns(['workspace_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('account_tags')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    // Workspace first, like every tenant index, so a page's tags are one range per account.
    .addPrimaryKeyConstraint('account_tags_pk', ['workspace_id', 'account_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('account_tags_tag')
    .on('account_tags')
    .columns(['workspace_id', 'tag'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text')
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('title', 'text')
    .addColumn('role', 'text')
    .addColumn('is_primary', t.flag, (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contacts_account')
    .on('contacts')
    .columns(['workspace_id', 'account_id', 'sort_name', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_sort')
    .on('contacts')
    .columns(['workspace_id', 'sort_name', 'id'])
    .execute();
  await db.schema.createIndex('contacts_email').on('contacts').columns(['workspace_id', 'email']).execute();
  await db.schema
    .createIndex('contacts_external_id')
    .unique()
    .on('contacts')
    .columns(['workspace_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('rapport_facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('mention_next', t.flag, (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rapport_contact')
    .on('rapport_facts')
    .columns(['workspace_id', 'contact_id', 'id'])
    .execute();

  await db.schema
    .createTable('timeline_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('author_id', 'text')
    .addColumn('event', 'text')
    .addColumn('data', t.json)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_account')
    .on('timeline_entries')
    .columns(['workspace_id', 'account_id', 'occurred_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['timeline_entries', 'rapport_facts', 'contacts', 'account_tags', 'accounts']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
