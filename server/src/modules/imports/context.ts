import type { Account } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { listAccounts } from '../accounts/index.ts';
import { listMembers } from '../users/index.ts';
import type { RowOutcome } from './batches.ts';
import { type AccountIndex, buildIndex } from './match.ts';
import type { CsvRow } from './parse.ts';
import type { ImportReport } from './schemas.ts';

/** Every account of the workspace, read through the accounts module a page at a time. */
export async function loadAccountIndex(ctx: Ctx): Promise<AccountIndex> {
  const all: Account[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAccounts({
      ctx,
      input: { limit: 200, sort: 'createdAt', ...(cursor ? { cursor } : {}) },
    });
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return buildIndex(all);
}

/**
 * Owners named in a file: an active member's email (or, failing that, their exact name).
 * Anything else imports without an owner, with one warning per distinct value.
 */
export async function ownerResolver(ctx: Ctx) {
  const members = (await listMembers({ ctx })).data.filter((m) => m.status === 'active');
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  const byName = new Map<string, string | null>();
  for (const m of members) {
    const key = m.name.trim().toLowerCase();
    byName.set(key, byName.has(key) ? null : m.id);
  }
  const warned = new Set<string>();
  return (value: string | null): { ownerId: string | null; warning: string | null } => {
    if (!value) return { ownerId: null, warning: null };
    const key = value.trim().toLowerCase();
    const id = byEmail.get(key) ?? (key.includes('@') ? null : byName.get(key)) ?? null;
    if (id || warned.has(key)) return { ownerId: id, warning: null };
    warned.add(key);
    return {
      ownerId: null,
      warning: `owner "${value}" is not a member of this workspace; rows with this owner import without one`,
    };
  };
}

/** Adds one row's outcome to the report. */
export function tally(report: ImportReport, row: CsvRow, o: RowOutcome) {
  if (o.outcome === 'skipped') {
    report.skipped.push({ row: row.row, reason: o.reason });
    return;
  }
  report[o.outcome]++;
  for (const message of o.warnings) report.warnings.push({ row: row.row, message });
}

/** One `import.completed` change with the counts, after the rows are in. */
export async function recordImport(ctx: Ctx, report: ImportReport) {
  report.skipped.sort((a, b) => a.row - b.row);
  if (report.dryRun) return;
  await inTransaction(ctx, (tx) =>
    recordChange(tx, {
      action: 'import.completed',
      subject: { type: 'import', id: newId() },
      data: {
        kind: report.kind,
        file: report.file,
        total: report.total,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped.length,
        warnings: report.warnings.length,
        encoding: report.encoding,
      },
    }),
  );
}
