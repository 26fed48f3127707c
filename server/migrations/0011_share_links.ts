import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Share links (the customer's page at /s/<token>), their one-time codes, visitors and activity
 * log; the customer's rating of a completed milestone; plan reminder emails to customer owners;
 * the vendor's logo shown on share pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('share_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    /** plan (incidents, surveys and the portal will share the table) */
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    /** The customer the subject belongs to: one-time codes and colleagues must be its contacts. */
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    /** SHA-256 of the token in the link; the token itself is shown once and never stored. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('require_code', t.flag, (c) => c.notNull())
    /** The last day the link works, in the workspace's time zone. */
    .addColumn('expires_on', t.date)
    /** A personal link minted for one contact (reminder emails); null for a shared link. */
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('cascade'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('last_viewed_at', t.timestamp)
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actions', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('share_links_subject')
    .on('share_links')
    .columns(['workspace_id', 'subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('share_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull().references('share_links.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('share_codes_link')
    .on('share_codes')
    .columns(['workspace_id', 'link_id', 'contact_id', 'created_at'])
    .execute();

  /** A browser that proved who it is with a code, remembered by a cookie (stored hashed). */
  await db.schema
    .createTable('share_visitors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull().references('share_links.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('share_activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull().references('share_links.id').onDelete('cascade'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('detail', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('share_activity_subject')
    .on('share_activity')
    .columns(['workspace_id', 'subject_type', 'subject_id', 'at'])
    .execute();

  for (const [name, type] of [
    ['rating', 'integer'],
    ['rating_comment', 'text'],
    ['rated_at', t.timestamp],
    ['rated_by_contact_id', 'text'],
  ] as const) {
    await db.schema.alterTable('plan_milestones').addColumn(name, type).execute();
  }

  /** Each reminder (task × kind) is emailed once; `sent_on` null means still waiting. */
  await db.schema
    .createTable('plan_reminders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    /** unlocked | due_soon | overdue */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('sent_on', t.date, (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_reminders_pk', ['workspace_id', 'task_id', 'kind'])
    .execute();

  /** How a customer contact wants plan reminders: daily (at most one a day), weekly digest, none. */
  await db.schema
    .createTable('contact_reminder_prefs')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('last_sent_on', t.date)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_reminder_prefs_pk', ['workspace_id', 'contact_id'])
    .execute();

  /** A data: URL of a small image (PNG, JPEG, SVG), so share pages need no other request. */
  await db.schema.alterTable('workspaces').addColumn('logo', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('logo').execute();
  await db.schema.dropTable('contact_reminder_prefs').ifExists().execute();
  await db.schema.dropTable('plan_reminders').ifExists().execute();
  for (const name of ['rating', 'rating_comment', 'rated_at', 'rated_by_contact_id']) {
    await db.schema.alterTable('plan_milestones').dropColumn(name).execute();
  }
  await db.schema.dropTable('share_activity').ifExists().execute();
  await db.schema.dropTable('share_visitors').ifExists().execute();
  await db.schema.dropTable('share_codes').ifExists().execute();
  await db.schema.dropTable('share_links').ifExists().execute();
}
