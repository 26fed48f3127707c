import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Mutual action plans: per account, a goal, milestones and tasks owned by either side (the
 * vendor's team or the customer's people), with due dates, dependencies and comments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    /** onboarding | expansion | renewal | recovery | custom */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal', 'text')
    .addColumn('starts_on', t.date, (c) => c.notNull())
    /** active | completed | archived (on track / at risk / stalled is computed from the tasks) */
    .addColumn('status', 'text', (c) => c.notNull())
    /** Set when the plan was last found stalled, so "stalled" fires once per episode. */
    .addColumn('stalled_notified_on', t.date)
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plans_account')
    .on('plans')
    .columns(['workspace_id', 'account_id', 'status'])
    .execute();
  await db.schema
    .createIndex('plans_status')
    .on('plans')
    .columns(['workspace_id', 'status', 'starts_on'])
    .execute();

  await db.schema
    .createTable('plan_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('due_on', t.date)
    .addColumn('completed_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('plan_milestones_plan')
    .on('plan_milestones')
    .columns(['workspace_id', 'plan_id', 'position'])
    .execute();

  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('milestone_id', 'text', (c) => c.references('plan_milestones.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    /** vendor | customer */
    .addColumn('owner_side', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('owner_contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('due_on', t.date)
    /** A relative due date, {from:'plan_start'|'task', taskId?, days}; due_on holds its resolution. */
    .addColumn('due_rule', t.json)
    /** not_started | in_progress | blocked | done | skipped */
    .addColumn('status', 'text', (c) => c.notNull())
    /** Internal tasks are never shown to the customer. */
    .addColumn('internal', t.flag, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('done_on', t.date)
    /** Set once when a customer task first passes its due date, so "overdue" fires once. */
    .addColumn('overdue_notified_on', t.date)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_tasks_plan')
    .on('plan_tasks')
    .columns(['workspace_id', 'plan_id', 'position'])
    .execute();
  await db.schema
    .createIndex('plan_tasks_due')
    .on('plan_tasks')
    .columns(['workspace_id', 'status', 'due_on'])
    .execute();

  await db.schema
    .createTable('plan_task_dependencies')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('depends_on_task_id', 'text', (c) =>
      c.notNull().references('plan_tasks.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('plan_task_dependencies_pk', ['workspace_id', 'task_id', 'depends_on_task_id'])
    .execute();
  await db.schema
    .createIndex('plan_task_dependencies_on')
    .on('plan_task_dependencies')
    .columns(['workspace_id', 'depends_on_task_id'])
    .execute();

  await db.schema
    .createTable('plan_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    /** user | apiKey | contact (through a share link, later) | system */
    .addColumn('author_type', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_comments_task')
    .on('plan_comments')
    .columns(['workspace_id', 'task_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_comments').ifExists().execute();
  await db.schema.dropTable('plan_task_dependencies').ifExists().execute();
  await db.schema.dropTable('plan_tasks').ifExists().execute();
  await db.schema.dropTable('plan_milestones').ifExists().execute();
  await db.schema.dropTable('plans').ifExists().execute();
}
