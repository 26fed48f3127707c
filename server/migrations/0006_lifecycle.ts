import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * The Trust Circle lifecycle: a phase inside `customer`, and the history of every stage and
 * phase change (who or what made it, and why), which the funnel report reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('accounts').addColumn('phase', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('stage_since', t.timestamp).execute();
  await db.schema.alterTable('accounts').addColumn('phase_since', t.timestamp).execute();
  // Customers from before phases existed are past onboarding as far as anyone knows.
  await sql`update accounts set stage_since = created_at,
    phase = case when stage = 'customer' then 'adoption' else null end,
    phase_since = case when stage = 'customer' then created_at else null end`.execute(db);

  // The accounts list filters customers by phase (e.g. everyone in the trough).
  await db.schema
    .createIndex('accounts_phase')
    .on('accounts')
    .columns(['workspace_id', 'phase', 'name'])
    .execute();

  await db.schema
    .createTable('stage_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('from_phase', 'text')
    .addColumn('to_phase', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    /** user | apiKey | system | cli | source | rule */
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('changed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stage_changes_account')
    .on('stage_changes')
    .columns(['workspace_id', 'account_id', 'changed_at'])
    .execute();
  await db.schema
    .createIndex('stage_changes_time')
    .on('stage_changes')
    .columns(['workspace_id', 'changed_at'])
    .execute();
  // History begins with the stage each account has now (its id stands for that first entry).
  await sql`insert into stage_changes (id, workspace_id, account_id, from_stage, to_stage, from_phase, to_phase, reason, actor_type, actor_id, changed_at)
    select id, workspace_id, id, null, stage, null, phase, 'Stage when the history began', 'system', null, created_at from accounts`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stage_changes').ifExists().execute();
  await db.schema.dropIndex('accounts_phase').ifExists().execute();
  for (const column of ['phase_since', 'stage_since', 'phase']) {
    await db.schema.alterTable('accounts').dropColumn(column).execute();
  }
}
