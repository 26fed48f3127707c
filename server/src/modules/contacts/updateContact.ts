import { type Contact, ContactUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag } from '../../platform/db/json.ts';
import { searchable } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { loadContact } from './load.ts';
import { fullName } from './presenters.ts';
import { type ContactWrite, clearPrimary, updateContactRow } from './repository.ts';

export async function updateContact({
  ctx,
  contactId,
  input,
}: {
  ctx: Ctx;
  contactId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'contacts:write');
  const d = parseInput(ContactUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadContact(tx, contactId);
    if (d.accountId && d.accountId !== before.accountId) await loadNamedAccount(tx, d.accountId);
    const merged = {
      firstName: d.firstName ?? before.firstName,
      lastName: d.lastName === undefined ? before.lastName : d.lastName,
      email: d.email === undefined ? before.email : d.email,
      title: d.title === undefined ? before.title : d.title,
    };
    const name = fullName(merged.firstName, merged.lastName);
    const patch: Partial<ContactWrite> = {
      first_name: merged.firstName,
      last_name: merged.lastName,
      email: merged.email,
      title: merged.title,
      sort_name: searchable(name),
      search_text: searchable(name, merged.email, merged.title),
    };
    if (d.accountId) patch.account_id = d.accountId;
    if (d.phone !== undefined) patch.phone = d.phone;
    if (d.role !== undefined) patch.role = d.role;
    if (d.isPrimary !== undefined) patch.is_primary = toFlag(d.isPrimary);
    await updateContactRow(tx.db, tx.workspace.id, contactId, patch, tx.clock.now().toISOString());
    const after = await loadContact(tx, contactId);
    if (after.isPrimary) await clearPrimary(tx.db, tx.workspace.id, after.accountId, contactId);
    const changed = CHANGEABLE.filter((k) => before[k] !== after[k]);
    if (changed.length > 0) {
      await recordChange(tx, {
        action: 'contact.updated',
        subject: { type: 'contact', id: contactId },
        data: { accountId: after.accountId, name: after.name, changed },
      });
    }
    return after;
  });
}

const CHANGEABLE = [
  'accountId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'title',
  'role',
  'isPrimary',
] as const satisfies ReadonlyArray<keyof Contact>;
