import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * The promise ledger (what was promised, by whom, to whom, by when, and whether it was kept,
 * with every change in its history) and the team's task list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('promises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    /** feature | integration | outcome | service_level | date | other */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The team member who made the promise and answers for it. */
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    /** The customer's person it was made to. */
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('promised_on', t.date, (c) => c.notNull())
    .addColumn('due_on', t.date, (c) => c.notNull())
    /** sales_handoff | meeting | email | support | other */
    .addColumn('source', 'text', (c) => c.notNull())
    /** open | kept | late | broken | renegotiated */
    .addColumn('status', 'text', (c) => c.notNull())
    /** The day it was delivered (kept or late) or declared broken, and when that was recorded. */
    .addColumn('resolved_on', t.date)
    .addColumn('resolved_at', t.timestamp)
    .addColumn('evidence', 'text')
    /** Set once when an open promise first passes its due date, so "overdue" fires once. */
    .addColumn('overdue_notified_on', t.date)
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('promises_account')
    .on('promises')
    .columns(['workspace_id', 'account_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('promises_owner_due')
    .on('promises')
    .columns(['workspace_id', 'owner_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('promises_due')
    .on('promises')
    .columns(['workspace_id', 'status', 'due_on'])
    .execute();

  await db.schema
    .createTable('promise_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('promise_id', 'text', (c) => c.notNull().references('promises.id').onDelete('cascade'))
    /** created | status | renegotiated | edited */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('from_due_on', t.date)
    .addColumn('to_due_on', t.date)
    .addColumn('note', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('promise_events_promise')
    .on('promise_events')
    .columns(['workspace_id', 'promise_id', 'at'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', t.date)
    /** low | normal | high | urgent */
    .addColumn('priority', 'text', (c) => c.notNull())
    /** manual | playbook | promise | checkin | need | survey | incident */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    /** open | done */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('snoozed_until', t.date)
    .addColumn('done_at', t.timestamp)
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tasks_owner')
    .on('tasks')
    .columns(['workspace_id', 'owner_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('tasks_account')
    .on('tasks')
    .columns(['workspace_id', 'account_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tasks').ifExists().execute();
  await db.schema.dropTable('promise_events').ifExists().execute();
  await db.schema.dropTable('promises').ifExists().execute();
}
