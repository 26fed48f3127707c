import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Rollups written after the events, not with them. Every event gets a `seq` in commit order,
 * and `usage_rollup_marks` says up to which `seq` the rollups count (everything below the
 * mark). SQLite writes one transaction at a time, so an AUTOINCREMENT key is in commit order
 * (and, unlike a bare rowid, survives VACUUM and is never reused). On PostgreSQL `seq` is the
 * id of the inserting transaction; the rollups take only transactions older than every one
 * still running in the database, so one that commits late is never skipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  if (t.pg) {
    // Existing rows take this migration's transaction id; the mark below sits just above it.
    await sql`alter table usage_events add column seq bigint not null default (pg_current_xact_id()::text::bigint)`.execute(
      db,
    );
    // New rows are appended in seq order: a BRIN index finds the recent ones for almost no
    // cost per insert (a B-tree would be one more index write per event).
    await sql`create index usage_events_seq on usage_events using brin (seq)`.execute(db);
  } else {
    await rebuildSqliteEvents(db);
  }
  await db.schema
    .createTable('usage_rollup_marks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('mark', t.bigint, (c) => c.notNull())
    .execute();
  // The events already stored are counted in the rollups: the mark starts above them.
  await sql`insert into usage_rollup_marks (name, mark) select 'events', coalesce(max(seq), 0) + 1 from usage_events`.execute(
    db,
  );
}

/** SQLite cannot add a primary key to a table: the events move to a new one. */
async function rebuildSqliteEvents(db: Kysely<unknown>) {
  const t = columnTypes(db);
  await db.schema
    .createTable('usage_events_next')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
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
  const columns =
    'id, workspace_id, source_id, message_id, type, event, user_key, account_id, timestamp, received_at, payload';
  await sql
    .raw(`insert into usage_events_next (${columns}) select ${columns} from usage_events order by id`)
    .execute(db);
  await db.schema.dropTable('usage_events').execute();
  await db.schema.alterTable('usage_events_next').renameTo('usage_events').execute();
  await db.schema
    .createIndex('usage_events_message')
    .unique()
    .on('usage_events')
    .columns(['workspace_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('usage_events_unattributed')
    .on('usage_events')
    .columns(['workspace_id', 'user_key'])
    .where(sql.ref('account_id'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('usage_rollup_marks').ifExists().execute();
  if (columnTypes(db).pg) {
    await sql`drop index if exists usage_events_seq`.execute(db);
    await sql`alter table usage_events drop column seq`.execute(db);
  }
}
