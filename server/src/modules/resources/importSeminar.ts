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
      const result = toUse(r, { resourceId, contacts, now });
      if (typeof result === 'string') skipped.push({ row: i + 2, reason: result });
      else rows.push(result);
    });
    const recorded = await insertUses(tx.db, tx.workspace.id, rows);
    return { recorded, repeated: rows.length - recorded, skipped };
  });
}

type Contacts = Awaited<ReturnType<typeof findContactsByEmails>>;

/** One CSV row as a use, or the reason it cannot be one. */
function toUse(
  r: Record<string, string>,
  c: { resourceId: string; contacts: Contacts; now: Date },
): UseRow | string {
  const email = (r.email ?? '').toLowerCase();
  const contact = c.contacts.get(email);
  const status = STATUS[(r.status || 'attended').toLowerCase()];
  const when = r.date ? new Date(r.date) : c.now;
  if (!email) return 'no email';
  if (!contact) return `no contact has the email ${email}`;
  if (!status) return `status "${r.status}" is not registered or attended`;
  if (Number.isNaN(when.getTime())) return `date "${r.date}" is not a date`;
  return {
    id: newId(),
    resource_id: c.resourceId,
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
    dedupe_key: `${c.resourceId}:${contact.id}:${status}`,
  };
}
