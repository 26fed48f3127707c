import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/** Product usage: sources (write keys), ingested events, identities, rollups and warnings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('write_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema.createIndex('sources_ws').on('sources').columns(['workspace_id', 'created_at']).execute();

  // Lean on purpose: the hot path of ingestion. The unique key is the 24-hour+ dedupe window.
  await db.schema
    .createTable('usage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('event', 'text')
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('timestamp', t.timestamp, (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('usage_events_message')
    .unique()
    .on('usage_events')
    .columns(['workspace_id', 'message_id'])
    .execute();
  // Only events still waiting for an account (a person not grouped yet): tiny, and cheap to
  // keep. An index over every event's (account, time) cost half the ingestion throughput.
  await db.schema
    .createIndex('usage_events_unattributed')
    .on('usage_events')
    .columns(['workspace_id', 'user_key'])
    .where(sql.ref('account_id'), 'is', null)
    .execute();

  await db.schema
    .createTable('usage_identities')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('alias_of', 'text')
    .addColumn('email', 'text')
    .addColumn('name', 'text')
    .addColumn('first_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_identities_pk', ['workspace_id', 'user_key'])
    .execute();

  // Which account a Segment groupId stands for: found by CRM id or domain, or created.
  await db.schema
    .createTable('usage_groups')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_groups_pk', ['workspace_id', 'group_id'])
    .execute();

  await db.schema
    .createTable('usage_daily')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('count', t.bigint, (c) => c.notNull())
    // The latest event of that key that day: last seen survives the raw events' retention.
    .addColumn('last_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_daily_pk', ['workspace_id', 'account_id', 'day', 'event'])
    .execute();

  await db.schema
    .createTable('usage_daily_users')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('count', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_daily_users_pk', ['workspace_id', 'account_id', 'day', 'user_key'])
    .execute();

  await db.schema
    .createTable('ingestion_warnings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('type', 'text')
    .addColumn('message_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ingestion_warnings_ws')
    .on('ingestion_warnings')
    .columns(['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('usage_features')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('usage_features_event')
    .unique()
    .on('usage_features')
    .columns(['workspace_id', 'event'])
    .execute();

  // How long raw events are kept; the rollups stay for good.
  await db.schema
    .alterTable('workspaces')
    .addColumn('usage_retention_days', 'integer', (c) => c.notNull().defaultTo(400))
    .execute();

  // Usage figures the accounts list sorts and filters by, kept on the account row.
  await db.schema.alterTable('accounts').addColumn('usage_last_seen_at', t.timestamp).execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('usage_events_30d', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('usage_users_30d', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  for (const col of ['usage_last_seen_at', 'usage_events_30d', 'usage_users_30d']) {
    await db.schema
      .createIndex(`accounts_by_${col}`)
      .on('accounts')
      .columns(['workspace_id', col, 'id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('usage_retention_days').execute();
  for (const col of ['usage_last_seen_at', 'usage_events_30d', 'usage_users_30d']) {
    await db.schema.dropIndex(`accounts_by_${col}`).ifExists().execute();
    await db.schema.alterTable('accounts').dropColumn(col).execute();
  }
  for (const table of [
    'usage_features',
    'ingestion_warnings',
    'usage_daily_users',
    'usage_daily',
    'usage_groups',
    'usage_identities',
    'usage_events',
    'sources',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
