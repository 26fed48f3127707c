import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db } from '../../../platform/context.ts';
import type { UsageEventsTable } from '../../../platform/db/schema.ts';

// ── events ──────────────────────────────────────────────────────────────────

export type EventRow = {
  id: string;
  source_id: string;
  message_id: string;
  type: UsageEventsTable['type'];
  event: string | null;
  user_key: string;
  account_id: string | null;
  timestamp: string;
  received_at: string;
  payload: string;
};

export const EVENT_COLUMNS = [
  'id',
  'workspace_id',
  'source_id',
  'message_id',
  'type',
  'event',
  'user_key',
  'account_id',
  'timestamp',
  'received_at',
  'payload',
] as const;
const CONFLICT = 'on conflict (workspace_id, message_id) do nothing returning message_id';

/** PostgreSQL: all rows in one statement, one array parameter per column (in EVENT_COLUMNS order). */
export const POSTGRES_EVENT_INSERT = (() => {
  const types: Record<(typeof EVENT_COLUMNS)[number], string> = {
    id: 'text',
    workspace_id: 'text',
    source_id: 'text',
    message_id: 'text',
    type: 'text',
    event: 'text',
    user_key: 'text',
    account_id: 'text',
    timestamp: 'timestamptz',
    received_at: 'timestamptz',
    payload: 'text',
  };
  const arrays = EVENT_COLUMNS.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ');
  const select = EVENT_COLUMNS.map((c) => (c === 'payload' ? 'payload::jsonb' : c)).join(', ');
  return `insert into usage_events (${EVENT_COLUMNS.join(', ')}) select ${select} from unnest(${arrays}) as t(${EVENT_COLUMNS.join(', ')})`;
})();

/**
 * Inserts events; a message id stored before (a retry, a replay, another process) is skipped,
 * not an error. Returns the message ids that were new. This is the ingestion hot path, so
 * the SQL is written out once instead of built per call: on SQLite one multi-row VALUES per
 * 1,000 rows, on PostgreSQL one statement over arrays (unnest), whatever the row count.
 */
export async function insertEvents(db: Db, workspaceId: string, rows: EventRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const values = (r: EventRow) => [
    r.id,
    workspaceId,
    r.source_id,
    r.message_id,
    r.type,
    r.event,
    r.user_key,
    r.account_id,
    r.timestamp,
    r.received_at,
    r.payload,
  ];
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    if (rows.length === 0) return inserted;
    const columns = EVENT_COLUMNS.map((_, c) => rows.map((r) => values(r)[c]));
    const text = `${POSTGRES_EVENT_INSERT} ${CONFLICT}`;
    const res = await db.executeQuery<{ message_id: string }>(CompiledQuery.raw(text, columns));
    for (const r of res.rows) inserted.add(r.message_id);
    return inserted;
  }
  // Full chunks of 100 rows reuse one prepared statement; only the remainder is new SQL.
  const placeholders = `(${EVENT_COLUMNS.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    const text = `insert into usage_events (${EVENT_COLUMNS.join(',')}) values ${chunk.map(() => placeholders).join(',')} ${CONFLICT}`;
    const res = await db.executeQuery<{ message_id: string }>(CompiledQuery.raw(text, chunk.flatMap(values)));
    for (const r of res.rows) inserted.add(r.message_id);
  }
  return inserted;
}

/** Gives a person's unattributed events to the account they now belong to; returns those events. */
export async function attributeEarlierEvents(
  db: Db,
  workspaceId: string,
  userKeys: string[],
  accountId: string,
) {
  if (userKeys.length === 0) return [];
  return db
    .updateTable('usage_events')
    .set({ account_id: accountId })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'is', null)
    .where('user_key', 'in', userKeys)
    .returning(['type', 'event', 'timestamp'])
    .execute();
}

/** Deletes up to `limit` events received before the id floor (ids are time-ordered UUIDv7). */
export async function deleteEventsBefore(
  db: Db,
  workspaceId: string,
  idFloor: string,
  limit: number,
): Promise<number> {
  const res = await db
    .deleteFrom('usage_events')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('usage_events')
        .select('id')
        .where('id', '<', idFloor)
        .where('workspace_id', '=', workspaceId)
        .limit(limit),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
