import type { Db } from '../../../platform/context.ts';

// ── warnings ────────────────────────────────────────────────────────────────

export type WarningRow = {
  id: string;
  source_id: string;
  reason: string;
  type: string | null;
  message_id: string | null;
  payload: string;
  received_at: string;
};

export async function insertWarnings(db: Db, workspaceId: string, rows: WarningRow[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('ingestion_warnings')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, workspace_id: workspaceId })))
      .execute();
  }
}

export async function listWarningRows(
  db: Db,
  workspaceId: string,
  opts: { before?: string | undefined; sourceId?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom('ingestion_warnings as w')
    .leftJoin('sources as s', (j) =>
      j.onRef('s.id', '=', 'w.source_id').onRef('s.workspace_id', '=', 'w.workspace_id'),
    )
    .select([
      'w.id',
      'w.reason',
      'w.type',
      'w.message_id',
      'w.payload',
      'w.received_at',
      'w.source_id',
      's.name as source_name',
    ])
    .where('w.workspace_id', '=', workspaceId);
  if (opts.before) q = q.where('w.id', '<', opts.before);
  if (opts.sourceId) q = q.where('w.source_id', '=', opts.sourceId);
  return q.orderBy('w.id', 'desc').limit(opts.limit).execute();
}
