import type { Db } from '../../platform/context.ts';
import { toJson } from '../../platform/db/json.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../platform/db/keyset.ts';
import type { TimelineEntriesTable } from '../../platform/db/schema.ts';

export type NewEntry = {
  id: string;
  workspace_id: string;
  account_id: string;
  kind: TimelineEntriesTable['kind'];
  title: string | null;
  body: string;
  occurred_at: string;
  contact_id: string | null;
  author_id: string | null;
  event: string | null;
  data: Record<string, unknown> | null;
  created_at: string;
};

/** Idempotent on id: a system entry re-delivered by a retried job is written once. */
export async function insertEntry(db: Db, e: NewEntry) {
  await db
    .insertInto('timeline_entries')
    .values({ ...e, data: e.data ? toJson(e.data) : null })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

function selectEntries(db: Db, workspaceId: string) {
  return db
    .selectFrom('timeline_entries as t')
    .leftJoin('users as u', 'u.id', 't.author_id')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 't.contact_id').onRef('c.workspace_id', '=', 't.workspace_id'),
    )
    .select([
      't.id',
      't.account_id',
      't.kind',
      't.title',
      't.body',
      't.occurred_at',
      't.event',
      't.data',
      't.created_at',
      'u.id as author_id',
      'u.name as author_name',
      'u.email as author_email',
      'c.id as contact_id',
      'c.first_name as contact_first_name',
      'c.last_name as contact_last_name',
    ])
    .where('t.workspace_id', '=', workspaceId);
}

export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntryRow>>>;

export async function findEntryRow(db: Db, workspaceId: string, id: string) {
  return selectEntries(db, workspaceId).where('t.id', '=', id).executeTakeFirst();
}

export const TIMELINE_SORT: SortSpec = {
  column: 'occurred_at',
  direction: 'desc',
  nullable: false,
  type: 'timestamp',
};

export async function listEntryRows(
  db: Db,
  workspaceId: string,
  accountId: string,
  opts: { kind?: string | undefined; cursor: CursorValue | null; limit: number },
) {
  let q = selectEntries(db, workspaceId).where('t.account_id', '=', accountId);
  if (opts.kind) q = q.where('t.kind', '=', opts.kind as TimelineEntriesTable['kind']);
  return fetchKeysetPage(q, TIMELINE_SORT, opts.cursor, opts.limit, (c) => `t.${c}`);
}

export async function deleteEntryRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('timeline_entries')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
