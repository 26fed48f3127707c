import type { Db } from '../../platform/context.ts';
import { type CursorValue, fetchKeysetPage, type SortSpec } from '../../platform/db/keyset.ts';
import type { ContactsTable, RapportFactsTable } from '../../platform/db/schema.ts';
import { searchTextMatch } from '../../platform/db/search.ts';

export type ContactWrite = {
  account_id: string;
  first_name: string;
  last_name: string | null;
  sort_name: string;
  search_text: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  role: ContactsTable['role'];
  is_primary: number;
};

export async function insertContact(
  db: Db,
  row: ContactWrite & { id: string; workspace_id: string; external_id: string | null; created_at: string },
) {
  await db
    .insertInto('contacts')
    .values({ ...row, updated_at: row.created_at })
    .execute();
}

export async function updateContactRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<ContactWrite>,
  now: string,
) {
  await db
    .updateTable('contacts')
    .set({ ...patch, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteContactRow(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** One primary contact per account: marking one primary clears the others. */
export async function clearPrimary(db: Db, workspaceId: string, accountId: string, exceptId: string) {
  await db
    .updateTable('contacts')
    .set({ is_primary: 0 })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('id', '!=', exceptId)
    .execute();
}

function selectContacts(db: Db, workspaceId: string, viewerId: string | null) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'c.account_id').onRef('a.workspace_id', '=', 'c.workspace_id'),
    )
    .select([
      'c.id',
      'c.account_id',
      'a.name as account_name',
      'c.first_name',
      'c.last_name',
      'c.sort_name',
      'c.email',
      'c.phone',
      'c.title',
      'c.role',
      'c.is_primary',
      'c.external_id',
      'c.created_at',
      'c.updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('rapport_facts as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.workspace_id', '=', 'c.workspace_id')
        .whereRef('r.contact_id', '=', 'c.id')
        .where((w) => w.or([w('r.visibility', '=', 'team'), w('r.author_id', '=', viewerId ?? '')]))
        .as('rapport_count'),
    )
    .where('c.workspace_id', '=', workspaceId);
}

export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContactRow>>>;

export async function findContactRow(db: Db, workspaceId: string, id: string, viewerId: string | null) {
  return selectContacts(db, workspaceId, viewerId).where('c.id', '=', id).executeTakeFirst();
}

export async function findContactIdByExternalId(db: Db, workspaceId: string, externalId: string) {
  const r = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function findContactIdByEmail(db: Db, workspaceId: string, accountId: string, email: string) {
  const r = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('email', '=', email)
    .executeTakeFirst();
  return r?.id ?? null;
}

/**
 * The person who speaks for an account: the primary contact, else a champion, else a decision
 * maker, else whoever was added first. Null when the account has no contacts.
 */
export async function findLeadContactId(db: Db, workspaceId: string, accountId: string) {
  const r = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .orderBy('is_primary', 'desc')
    .orderBy((eb) =>
      eb
        .case()
        .when('role', '=', 'champion')
        .then(0)
        .when('role', '=', 'decision_maker')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r?.id ?? null;
}

export const CONTACT_SORT: SortSpec = { column: 'sort_name', direction: 'asc', nullable: false };

export type ContactFilters = {
  accountId?: string | undefined;
  q?: string | undefined;
  role?: string | undefined;
};

async function filteredContacts(db: Db, workspaceId: string, viewerId: string | null, f: ContactFilters) {
  let q = selectContacts(db, workspaceId, viewerId);
  if (f.accountId) q = q.where('c.account_id', '=', f.accountId);
  if (f.q) q = q.where(await searchTextMatch(db, 'contacts', 'c', f.q));
  if (f.role) q = q.where('c.role', '=', f.role as NonNullable<ContactsTable['role']>);
  return q;
}

export async function countContacts(db: Db, workspaceId: string, filters: ContactFilters): Promise<number> {
  const matching = (await filteredContacts(db, workspaceId, null, filters)).clearSelect().select('c.id');
  const r = await db
    .selectFrom(matching.as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listContactRows(
  db: Db,
  workspaceId: string,
  viewerId: string | null,
  opts: ContactFilters & { cursor: CursorValue | null; limit: number },
) {
  const q = await filteredContacts(db, workspaceId, viewerId, opts);
  return fetchKeysetPage(q, CONTACT_SORT, opts.cursor, opts.limit, (c) => `c.${c}`);
}

// ── rapport facts ───────────────────────────────────────────────────────────

export async function insertRapportFact(
  db: Db,
  row: {
    id: string;
    workspace_id: string;
    contact_id: string;
    kind: RapportFactsTable['kind'];
    text: string;
    mention_next: number;
    visibility: RapportFactsTable['visibility'];
    author_id: string | null;
    created_at: string;
  },
) {
  await db
    .insertInto('rapport_facts')
    .values({ ...row, updated_at: row.created_at })
    .execute();
}

function selectRapport(db: Db, workspaceId: string, viewerId: string | null) {
  return (
    db
      .selectFrom('rapport_facts as r')
      .leftJoin('users as u', 'u.id', 'r.author_id')
      .select([
        'r.id',
        'r.contact_id',
        'r.kind',
        'r.text',
        'r.mention_next',
        'r.visibility',
        'r.created_at',
        'r.updated_at',
        'u.id as author_id',
        'u.name as author_name',
        'u.email as author_email',
      ])
      .where('r.workspace_id', '=', workspaceId)
      // Private facts exist only for their author.
      .where((w) => w.or([w('r.visibility', '=', 'team'), w('r.author_id', '=', viewerId ?? '')]))
  );
}

export type RapportRow = NonNullable<Awaited<ReturnType<typeof findRapportRow>>>;

export async function findRapportRow(db: Db, workspaceId: string, id: string, viewerId: string | null) {
  return selectRapport(db, workspaceId, viewerId).where('r.id', '=', id).executeTakeFirst();
}

export async function listRapportRows(
  db: Db,
  workspaceId: string,
  contactId: string,
  viewerId: string | null,
) {
  return selectRapport(db, workspaceId, viewerId)
    .where('r.contact_id', '=', contactId)
    .orderBy('r.id', 'desc')
    .execute();
}

export async function updateRapportRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<{
    kind: RapportFactsTable['kind'];
    text: string;
    mention_next: number;
    visibility: RapportFactsTable['visibility'];
  }>,
  now: string,
) {
  await db
    .updateTable('rapport_facts')
    .set({ ...patch, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRapportRow(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('rapport_facts').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Contacts by email anywhere in the workspace (seminar lists name people, not accounts). */
export async function findContactsByEmails(db: Db, workspaceId: string, emails: string[]) {
  const out = new Map<string, { id: string; account_id: string }>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'account_id', 'email'])
      .where('workspace_id', '=', workspaceId)
      .where('email', 'in', emails.slice(i, i + 500))
      .orderBy('created_at')
      .execute();
    for (const r of rows)
      if (r.email && !out.has(r.email)) out.set(r.email, { id: r.id, account_id: r.account_id });
  }
  return out;
}

/** An account's rapport facts flagged "mention at next check-in", as a viewer may see them. */
export async function listMentionRows(
  db: Db,
  workspaceId: string,
  accountId: string,
  viewerId: string | null,
) {
  return selectRapport(db, workspaceId, viewerId)
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.id', '=', 'r.contact_id').onRef('c.workspace_id', '=', 'r.workspace_id'),
    )
    .select(['c.first_name as contact_first_name', 'c.last_name as contact_last_name'])
    .where('c.account_id', '=', accountId)
    .where('r.mention_next', '=', 1)
    .orderBy('c.sort_name')
    .orderBy('r.id')
    .limit(500)
    .execute();
}

/** The addresses of an account's contacts, to learn which email domains are the customer's. */
export async function contactEmailsOf(db: Db, workspaceId: string, accountId: string) {
  const rows = await db
    .selectFrom('contacts')
    .select('email')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('email', 'is not', null)
    .limit(1000)
    .execute();
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}
