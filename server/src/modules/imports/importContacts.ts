import type { Account, Contact } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import type { ChangeOrigin } from '../accounts/index.ts';
import {
  createContact,
  findContactIdByEmail,
  findContactIdByExternalId,
  listContacts,
  loadContact,
  updateContact,
} from '../contacts/index.ts';
import type { Progress, RowOutcome } from './batches.ts';
import { loadAccountIndex } from './context.ts';
import { contactPatch, isEmptyPatch } from './diff.ts';
import { type AccountIndex, findAccountFor, nameKey } from './match.ts';
import type { CsvRow } from './parse.ts';
import type { PreparedImport } from './prepare.ts';
import { type ContactRow, readContactRow } from './rows.ts';
import { runImport } from './runImport.ts';
import type { ImportReport } from './schemas.ts';

type State = {
  prepared: PreparedImport;
  index: AccountIndex;
  origin: ChangeOrigin;
  /** contact id → the row of this file that created or changed it */
  touched: Map<string, number>;
};

/**
 * Imports contacts and links each to its account (by the account's id in the CRM, else the
 * company's domain or name). Idempotent: contacts match by external id, then by email, then
 * by name within their account.
 */
export async function importContacts({
  ctx,
  input,
  onProgress,
}: {
  ctx: Ctx;
  input: unknown;
  onProgress?: Progress;
}): Promise<ImportReport> {
  return runImport({
    ctx,
    input,
    onProgress,
    kind: 'contacts',
    state: async (prepared, fileName): Promise<State> => ({
      prepared,
      index: await loadAccountIndex(ctx),
      origin: { source: 'import', file: fileName },
      touched: new Map(),
    }),
    importRow: importContactRow,
  });
}

async function importContactRow(tx: Ctx, row: CsvRow, s: State): Promise<RowOutcome> {
  const r = readContactRow(row.cells, s.prepared.mapping, s.prepared.headerLength);
  if (r.deleted) return { outcome: 'skipped', reason: 'deleted in the source system (IsDeleted is true)' };
  const firstName = r.firstName;
  if (!firstName) return { outcome: 'skipped', reason: 'no name or email' };
  const account = findAccountFor(s.index, r.account);
  if (!account) return { outcome: 'skipped', reason: accountNotFound(r) };
  const existing = await findExisting(tx, r, account);
  const earlier = existing ? s.touched.get(existing.id) : undefined;
  if (earlier) return { outcome: 'skipped', reason: `duplicate of row ${earlier}` };

  if (existing) {
    const patch = contactPatch(existing, r, account.id);
    if (!isEmptyPatch(patch)) await updateContact({ ctx: tx, contactId: existing.id, input: patch });
    s.touched.set(existing.id, row.row);
    return { outcome: isEmptyPatch(patch) ? 'unchanged' : 'updated', warnings: r.warnings };
  }
  const created = await createContact({
    ctx: tx,
    input: {
      accountId: account.id,
      firstName,
      lastName: r.lastName,
      email: r.email,
      phone: r.phone,
      title: r.title,
      role: r.role,
      externalId: r.externalId,
    },
    origin: s.origin,
  });
  s.touched.set(created.id, row.row);
  return { outcome: 'created', warnings: r.warnings };
}

/** The contact this row already is: same id in the source, else same email or name in the account. */
async function findExisting(tx: Ctx, r: ContactRow, account: Account): Promise<Contact | null> {
  const ws = tx.workspace.id;
  const byId = r.externalId ? await findContactIdByExternalId(tx.db, ws, r.externalId) : null;
  if (byId) return loadContact(tx, byId);
  if (r.email) {
    const byEmail = await findContactIdByEmail(tx.db, ws, account.id, r.email);
    return byEmail ? loadContact(tx, byEmail) : null;
  }
  // Without an email, the name within the account is all there is to tell people apart.
  const name = nameKey([r.firstName, r.lastName].filter(Boolean).join(' '));
  const page = await listContacts({
    ctx: tx,
    input: { accountId: account.id, q: r.firstName ?? '', limit: 200 },
  });
  return page.data.find((c) => nameKey(c.name) === name && (!r.externalId || !c.externalId)) ?? null;
}

function accountNotFound(r: ContactRow): string {
  const refs = [r.account.externalId, r.account.name ? `"${r.account.name}"` : null, r.account.domain].filter(
    Boolean,
  );
  return refs.length ? `account not found: ${refs.join(', ')}` : 'no account given';
}
