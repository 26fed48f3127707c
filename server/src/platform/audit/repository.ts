import type { Db } from '../context.ts';
import { toJson } from '../db/json.ts';

export type AuditRow = {
  id: string;
  workspaceId: string;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: unknown;
  requestId: string | null;
  at: string;
};

export async function insertAudit(db: Db, row: AuditRow): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: row.id,
      workspace_id: row.workspaceId,
      actor_type: row.actorType,
      actor_id: row.actorId,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      data: toJson(row.data),
      request_id: row.requestId,
      at: row.at,
    })
    .execute();
}

export async function insertEvent(
  db: Db,
  row: { id: string; workspaceId: string | null; type: string; payload: unknown; createdAt: string },
): Promise<void> {
  await db
    .insertInto('outbox_events')
    .values({
      id: row.id,
      workspace_id: row.workspaceId,
      type: row.type,
      payload: toJson(row.payload),
      created_at: row.createdAt,
      dispatched_at: null,
    })
    .execute();
}

/** Newest first, with the name of whoever acted (a person, an API key or an event source) as it is now. */
export async function listAudit(db: Db, workspaceId: string, opts: { before?: string; limit: number }) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'a.actor_id').on('a.actor_type', '=', 'user'))
    .leftJoin('api_keys as k', (j) =>
      j
        .onRef('k.id', '=', 'a.actor_id')
        .onRef('k.workspace_id', '=', 'a.workspace_id')
        .on('a.actor_type', '=', 'apiKey'),
    )
    .leftJoin('sources as s', (j) =>
      j
        .onRef('s.id', '=', 'a.actor_id')
        .onRef('s.workspace_id', '=', 'a.workspace_id')
        .on('a.actor_type', '=', 'source'),
    )
    .selectAll('a')
    .select(['u.name as user_name', 'k.name as key_name', 's.name as source_name'])
    .where('a.workspace_id', '=', workspaceId);
  if (opts.before) q = q.where('a.id', '<', opts.before);
  return q.orderBy('a.id', 'desc').limit(opts.limit).execute();
}
