import type { SeminarImportReport } from '@trustcircle/contracts';
import { parse } from 'csv-parse/sync';
import { authorize } from '../../platform/auth/permissions.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findContactsByEmails } from '../contacts/index.ts';
import { findResource, insertUses, type UseRow } from './repository.ts';

const MAX_ROWS = 20_000;
const STATUS: Record<string, 'registered' | 'attended'> = {
  registered: 'registered',
  attended: 'attended',
  attendee: 'attended',
  yes: 'attended',
  'no-show': 'registered',
  no_show: 'registered',
  absent: 'registered',
};

/**
 * Seminar registrations and attendance from a CSV export (Zoom, Teams, a sign-up sheet):
 * columns `email`, `status` (registered / attended, default attended) and optional `date`.
 * People are matched to contacts by email; a row repeated later is not counted again.
 */
export async function importSeminarAttendance({
  ctx,
  resourceId,
  csv,
}: {
  ctx: Ctx;
  resourceId: string;
  csv: string;
}): Promise<SeminarImportReport> {
  authorize(ctx.actor, 'resources:write');
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (err) {
    throw invalid(`The CSV could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (records.length > MAX_ROWS) throw invalid(`At most ${MAX_ROWS} rows at a time`);
  if (records.length > 0 && !('email' in (records[0] ?? {})))
    throw invalid('The CSV needs an "email" column');
  return inTransaction(ctx, async (tx) => {
    const resource = await findResource(tx.db, tx.workspace.id, resourceId);
    if (!resource) throw notFound('Resource');
    const emails = [...new Set(records.map((r) => (r.email ?? '').toLowerCase()).filter(Boolean))];
    const contacts = await findContactsByEmails(tx.db, tx.workspace.id, emails);
    const skipped: SeminarImportReport['skipped'] = [];
    const rows: UseRow[] = [];
    const now = tx.clock.now();
    records.forEach((r, i) => {
      const row = i + 2;
      const email = (r.email ?? '').toLowerCase();
      const contact = contacts.get(email);
      const status = STATUS[(r.status ?? 'attended').toLowerCase()];
      const when = r.date ? new Date(r.date) : now;
      if (!email) return skipped.push({ row, reason: 'no email' });
      if (!contact) return skipped.push({ row, reason: `no contact has the email ${email}` });
      if (!status) return skipped.push({ row, reason: `status "${r.status}" is not registered or attended` });
      if (Number.isNaN(when.getTime()))
        return skipped.push({ row, reason: `date "${r.date}" is not a date` });
      rows.push({
        id: newId(),
        resource_id: resourceId,
        account_id: contact.account_id,
        contact_id: contact.id,
        user_key: null,
        kind: status,
        channel: 'import',
        occurred_at: when.toISOString(),
        rating: null,
        comment: null,
        rated_at: null,
        rating_token: randomToken(),
        dedupe_key: `${resourceId}:${contact.id}:${status}`,
      });
    });
    const recorded = await insertUses(tx.db, tx.workspace.id, rows);
    return { recorded, repeated: rows.length - recorded, skipped };
  });
}
