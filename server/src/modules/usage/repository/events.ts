import type { Db } from '../../../platform/context.ts';
import { type BulkStatement, bulkInsert, postgresBulkText } from '../../../platform/db/bulk.ts';
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

const EVENT_STATEMENT: BulkStatement = {
  table: 'usage_events',
  columns: [
    { name: 'id', pgType: 'text' },
    { name: 'workspace_id', pgType: 'text' },
    { name: 'source_id', pgType: 'text' },
    { name: 'message_id', pgType: 'text' },
    { name: 'type', pgType: 'text' },
    { name: 'event', pgType: 'text' },
    { name: 'user_key', pgType: 'text' },
    { name: 'account_id', pgType: 'text' },
    { name: 'timestamp', pgType: 'timestamptz' },
    { name: 'received_at', pgType: 'timestamptz' },
    { name: 'payload', pgType: 'text', pgSelect: 'payload::jsonb' },
  ],
  // A message id stored before (a retry, a replay, another process) is skipped, not an error.
  tail: 'on conflict (workspace_id, message_id) do nothing returning message_id, seq',
};

/** The columns of an event row, in the order `insertEvents` and the bench floor pass them. */
export const EVENT_COLUMNS = EVENT_STATEMENT.columns.map((c) => c.name);

/** PostgreSQL: all rows in one statement, one array parameter per column (in EVENT_COLUMNS order). */
export const POSTGRES_EVENT_INSERT = postgresBulkText(EVENT_STATEMENT);

const insertEventRows = bulkInsert<{ message_id: string; seq: number | string }>(EVENT_STATEMENT);

/**
 * Inserts events, skipping message ids stored before; returns the message ids that were new,
 * each with the `seq` it was stored under.
 */
export async function insertEvents(
  db: Db,
  workspaceId: string,
  rows: EventRow[],
): Promise<Map<string, number>> {
  const inserted = await insertEventRows(
    db,
    rows.map((r) => [
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
    ]),
  );
  return new Map(inserted.map((r) => [r.message_id, Number(r.seq)]));
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
