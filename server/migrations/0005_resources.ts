import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/** Support resources (guides, seminars, articles, phone, chat) and every use of them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('owner_id', 'text')
    // The public tracking link /r/<slug>: random, so links cannot be guessed or enumerated.
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('archived_at', t.timestamp)
    .execute();
  await db.schema.createIndex('resources_ws').on('resources').columns(['workspace_id', 'title']).execute();

  await db.schema
    .createTable('resource_uses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('account_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('user_key', 'text')
    /** view | registered | attended */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** event | link | api | import | app */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('comment', 'text')
    .addColumn('rated_at', t.timestamp)
    // Lets whoever used the resource rate this use later, without an account of ours.
    .addColumn('rating_token', 'text', (c) => c.notNull().unique())
    // An event's message id, or "<resource>:<contact>:<kind>" for seminars: a repeat is not a new use.
    .addColumn('dedupe_key', 'text')
    .execute();
  await db.schema
    .createIndex('resource_uses_dedupe')
    .unique()
    .on('resource_uses')
    .columns(['workspace_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('resource_uses_resource')
    .on('resource_uses')
    .columns(['workspace_id', 'resource_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('resource_uses_account')
    .on('resource_uses')
    .columns(['workspace_id', 'account_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('resource_uses').ifExists().execute();
  await db.schema.dropTable('resources').ifExists().execute();
}
