import { type Insertable, sql } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type {
  ShareActivityTable,
  ShareCodesTable,
  ShareLinksTable,
  ShareVisitorsTable,
} from '../../platform/db/schema.ts';

export async function insertShareLink(db: Db, row: Insertable<ShareLinksTable>) {
  await db.insertInto('share_links').values(row).execute();
}

function selectLinks(db: Db, workspaceId: string) {
  return db
    .selectFrom('share_links as l')
    .leftJoin('users as u', 'u.id', 'l.created_by')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'l.contact_id').onRef('c.workspace_id', '=', 'l.workspace_id'),
    )
    .selectAll('l')
    .select([
      'u.name as created_by_name',
      'u.email as created_by_email',
      'c.first_name as contact_first_name',
      'c.last_name as contact_last_name',
    ])
    .where('l.workspace_id', '=', workspaceId);
}

export type ShareLinkRow = NonNullable<Awaited<ReturnType<typeof findShareLink>>>;

export async function findShareLink(db: Db, workspaceId: string, id: string) {
  return selectLinks(db, workspaceId).where('l.id', '=', id).executeTakeFirst();
}

export async function linksOfSubject(db: Db, workspaceId: string, subjectType: string, subjectId: string) {
  return selectLinks(db, workspaceId)
    .where('l.subject_type', '=', subjectType as 'plan')
    .where('l.subject_id', '=', subjectId)
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id')
    .limit(500)
    .execute();
}

/** The one lookup not scoped by workspace: the secret itself says which workspace it belongs to. */
export async function findLinkByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('share_links as l')
    .innerJoin('workspaces as w', 'w.id', 'l.workspace_id')
    .selectAll('l')
    .select(['w.name as workspace_name', 'w.timezone', 'w.logo'])
    .where('l.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Revokes only a live link, so a second revoke is told it changed nothing. */
export async function revokeLink(db: Db, workspaceId: string, id: string, now: string) {
  const r = await db
    .updateTable('share_links')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function countUse(db: Db, workspaceId: string, id: string, use: { view: boolean; now: string }) {
  const column = use.view ? 'views' : 'actions';
  await db
    .updateTable('share_links')
    .set((eb) => ({
      [column]: eb(column, '+', 1),
      ...(use.view ? { last_viewed_at: use.now } : {}),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertActivity(db: Db, row: ShareActivityTable) {
  await db.insertInto('share_activity').values(row).execute();
}

export async function activityOfSubject(
  db: Db,
  workspaceId: string,
  subjectType: string,
  subjectId: string,
  limit: number,
) {
  return db
    .selectFrom('share_activity as a')
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'a.contact_id').onRef('c.workspace_id', '=', 'a.workspace_id'),
    )
    .selectAll('a')
    .select(['c.first_name as contact_first_name', 'c.last_name as contact_last_name'])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.subject_type', '=', subjectType as 'plan')
    .where('a.subject_id', '=', subjectId)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

/** A view is logged once per visitor and hour; a busy page would otherwise flood the log. */
export async function recentView(
  db: Db,
  workspaceId: string,
  linkId: string,
  contactId: string | null,
  since: string,
) {
  let q = db
    .selectFrom('share_activity')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('link_id', '=', linkId)
    .where('kind', '=', 'viewed')
    .where('at', '>=', since);
  q = contactId ? q.where('contact_id', '=', contactId) : q.where('contact_id', 'is', null);
  return Boolean(await q.limit(1).executeTakeFirst());
}

export async function insertCode(db: Db, row: Insertable<ShareCodesTable>) {
  await db.insertInto('share_codes').values(row).execute();
}

/** The newest unused code for a contact on a link; older ones are superseded. */
export async function latestCode(db: Db, workspaceId: string, linkId: string, contactId: string) {
  return db
    .selectFrom('share_codes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('link_id', '=', linkId)
    .where('contact_id', '=', contactId)
    .where('used_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function codesSentSince(db: Db, workspaceId: string, linkId: string, since: string) {
  const r = await db
    .selectFrom('share_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('link_id', '=', linkId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countAttempt(db: Db, workspaceId: string, codeId: string) {
  await db
    .updateTable('share_codes')
    .set({ attempts: sql`attempts + 1` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', codeId)
    .execute();
}

/** Uses a code once: a second, concurrent verification of the same code finds nothing to use. */
export async function useCode(db: Db, workspaceId: string, codeId: string, now: string) {
  const r = await db
    .updateTable('share_codes')
    .set({ used_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function insertVisitor(db: Db, row: ShareVisitorsTable) {
  await db.insertInto('share_visitors').values(row).execute();
}

export async function findVisitor(
  db: Db,
  workspaceId: string,
  linkId: string,
  tokenHash: string,
  now: string,
) {
  return db
    .selectFrom('share_visitors')
    .select(['id', 'contact_id'])
    .where('workspace_id', '=', workspaceId)
    .where('link_id', '=', linkId)
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** The account's contact with this address (emails are stored as given; compare case-blind). */
export async function contactByEmail(db: Db, workspaceId: string, accountId: string, email: string) {
  return db
    .selectFrom('contacts')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .limit(1)
    .executeTakeFirst();
}
