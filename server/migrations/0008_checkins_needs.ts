import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Check-ins on a cadence (by tier, overridable per account) and the customer's needs, each
 * with the history of how it was reassessed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  /** weekly | biweekly | monthly | quarterly | none; null follows the workspace's default for the tier. */
  await db.schema.alterTable('accounts').addColumn('checkin_cadence', 'text').execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('scheduled_on', t.date, (c) => c.notNull())
    /** scheduled | done | skipped */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('held_on', t.date)
    /** JSON: [{ type: 'contact' | 'user', id, name }] */
    .addColumn('attendees', t.json)
    .addColumn('notes', 'text')
    /** positive | neutral | negative */
    .addColumn('sentiment', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkins_account')
    .on('checkins')
    .columns(['workspace_id', 'account_id', 'scheduled_on'])
    .execute();
  // One scheduled check-in per account: the scheduling job and a person scheduling by hand
  // cannot both add one, whatever the timing.
  await db.schema
    .createIndex('checkins_one_scheduled')
    .on('checkins')
    .columns(['workspace_id', 'account_id'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('scheduled'))
    .execute();
  await db.schema
    .createIndex('checkins_owner_due')
    .on('checkins')
    .columns(['workspace_id', 'owner_id', 'status', 'scheduled_on'])
    .execute();

  await db.schema
    .createTable('needs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    /** low | medium | high */
    .addColumn('priority', 'text', (c) => c.notNull())
    /** open | being_addressed | met | dropped */
    .addColumn('status', 'text', (c) => c.notNull())
    /** checkin | survey | support | meeting | other */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('checkin_id', 'text', (c) => c.references('checkins.id').onDelete('set null'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('needs_account')
    .on('needs')
    .columns(['workspace_id', 'account_id', 'status'])
    .execute();

  await db.schema
    .createTable('need_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id').onDelete('cascade'))
    /** created | status | reassessed | edited */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('checkin_id', 'text', (c) => c.references('checkins.id').onDelete('set null'))
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('need_events_need')
    .on('need_events')
    .columns(['workspace_id', 'need_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('need_events').ifExists().execute();
  await db.schema.dropTable('needs').ifExists().execute();
  await db.schema.dropTable('checkins').ifExists().execute();
  await db.schema.alterTable('accounts').dropColumn('checkin_cadence').execute();
}
