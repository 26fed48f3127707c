import type { Ctx } from '../../platform/context.ts';
import { type ChangeOrigin, createAccount, updateAccount } from '../accounts/index.ts';
import type { Progress, RowOutcome } from './batches.ts';
import { loadAccountIndex, ownerResolver } from './context.ts';
import { accountCreate, accountPatch, isEmptyPatch } from './diff.ts';
import { type AccountIndex, matchAccount, putAccount } from './match.ts';
import type { CsvRow } from './parse.ts';
import type { PreparedImport } from './prepare.ts';
import { readAccountRow } from './rows.ts';
import { runImport } from './runImport.ts';
import type { ImportReport } from './schemas.ts';
import { namespaceOf } from './values.ts';

type State = {
  prepared: PreparedImport;
  index: AccountIndex;
  resolveOwner: Awaited<ReturnType<typeof ownerResolver>>;
  origin: ChangeOrigin;
  /** account id → the row of this file that created or changed it */
  touched: Map<string, number>;
};

/**
 * Imports accounts from a CSV export (Salesforce, HubSpot or our own columns). Idempotent:
 * rows match existing accounts by external id, domain or name, so a second import of the
 * same file creates nothing. Bad rows are skipped and reported, never fatal.
 */
export async function importAccounts({
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
    kind: 'accounts',
    state: async (prepared, fileName): Promise<State> => ({
      prepared,
      index: await loadAccountIndex(ctx),
      resolveOwner: await ownerResolver(ctx),
      origin: { source: 'import', file: fileName },
      touched: new Map(),
    }),
    importRow: importAccountRow,
  });
}

async function importAccountRow(tx: Ctx, row: CsvRow, s: State): Promise<RowOutcome> {
  const r = readAccountRow(row.cells, s.prepared.mapping, s.prepared.headerLength);
  if (r.deleted) return { outcome: 'skipped', reason: 'deleted in the source system (IsDeleted is true)' };
  const name = r.name;
  if (!name) return { outcome: 'skipped', reason: 'no account name' };
  const match = matchAccount(s.index, r);
  const earlier = match.account ? s.touched.get(match.account.id) : undefined;
  if (earlier) return { outcome: 'skipped', reason: `duplicate of row ${earlier}` };
  const owner = s.resolveOwner(r.owner);
  const warnings = [...r.warnings, ...(owner.warning ? [owner.warning] : [])];

  if (match.account) {
    const existing = match.account;
    const { patch, warnings: more } = accountPatch(existing, r, owner.ownerId);
    if (isEmptyPatch(patch)) {
      s.touched.set(existing.id, row.row);
      return { outcome: 'unchanged', warnings: [...warnings, ...more] };
    }
    const updated = await updateAccount({ ctx: tx, accountId: existing.id, input: patch, origin: s.origin });
    putAccount(s.index, updated, existing);
    s.touched.set(existing.id, row.row);
    return { outcome: 'updated', warnings: [...warnings, ...more] };
  }

  const created = await createAccount({
    ctx: tx,
    input: accountCreate({ ...r, name }, owner.ownerId),
    origin: s.origin,
  });
  for (const other of match.lookalikes)
    warnings.push(lookalikeWarning(other, s.touched.get(other.id), r.externalId));
  putAccount(s.index, created);
  s.touched.set(created.id, row.row);
  return { outcome: 'created', warnings };
}

/** Two records of one CRM with the same name are two companies there; say so, import both. */
function lookalikeWarning(
  other: { name: string; externalId: string | null },
  row: number | undefined,
  externalId: string | null,
) {
  const system = namespaceOf(externalId) ?? 'source';
  const label = system === 'salesforce' ? 'Salesforce' : system === 'hubspot' ? 'HubSpot' : system;
  const where = row ? `row ${row}` : `the existing account "${other.name}"`;
  return `same name or domain as ${where} but a different ${label} id; imported as a separate account`;
}
