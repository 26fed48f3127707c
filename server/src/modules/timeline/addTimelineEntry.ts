import { TimelineEntryCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { loadContact } from '../contacts/index.ts';
import { presentEntry } from './presenters.ts';
import { findEntryRow, insertEntry } from './repository.ts';

/** A note, call, meeting or email on an account's timeline, optionally with one of its contacts. */
export async function addTimelineEntry({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'timeline:write');
  const data = parseInput(TimelineEntryCreate, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadAccount(tx, accountId);
    if (data.contactId) {
      const contact = await loadContact(tx, data.contactId).catch(() => null);
      if (!contact || contact.accountId !== account.id) {
        throw invalid('contactId: not a contact of this account', {
          issues: [{ path: 'contactId', message: 'not a contact of this account' }],
        });
      }
    }
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertEntry(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: account.id,
      kind: data.kind,
      title: data.title,
      body: data.body,
      occurred_at: data.occurredAt ? new Date(data.occurredAt).toISOString() : now,
      contact_id: data.contactId ?? null,
      author_id: actingUserId(tx.actor),
      event: null,
      data: null,
      created_at: now,
    });
    await recordChange(tx, {
      action: 'timeline.entry_added',
      subject: { type: 'timeline_entry', id },
      data: { accountId: account.id, kind: data.kind },
    });
    const row = await findEntryRow(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('Timeline entry');
    return presentEntry(row);
  });
}
