import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Plan templates: milestones and tasks with dates relative to a plan's start, to start plans
 * from by hand or when an account enters a lifecycle stage or phase. Plans remember the
 * template they came from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('plan_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** onboarding | expansion | renewal | recovery | custom */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal', 'text')
    /** { milestones, tasks }: validated by the contracts before it is stored. */
    .addColumn('body', t.json, (c) => c.notNull())
    .addColumn('starts_on_stage', 'text')
    .addColumn('starts_on_phase', 'text')
    .addColumn('archived', t.flag, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_templates_workspace')
    .on('plan_templates')
    .columns(['workspace_id', 'archived', 'name'])
    .execute();

  // Nullable, no default: adding it is a metadata change on both databases.
  await db.schema
    .alterTable('plans')
    .addColumn('template_id', 'text', (c) => c.references('plan_templates.id').onDelete('set null'))
    .execute();
  // "Does this account already have an active plan from this template?"
  await db.schema
    .createIndex('plans_template')
    .on('plans')
    .columns(['workspace_id', 'account_id', 'template_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('plans_template').ifExists().execute();
  await db.schema.alterTable('plans').dropColumn('template_id').execute();
  await db.schema.dropTable('plan_templates').ifExists().execute();
}
