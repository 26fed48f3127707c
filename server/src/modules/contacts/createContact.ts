import { ContactCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag } from '../../platform/db/json.ts';
import { searchable } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import type { ChangeOrigin } from '../accounts/index.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { loadContact } from './load.ts';
import { fullName } from './presenters.ts';
import { clearPrimary, findContactIdByExternalId, insertContact } from './repository.ts';

/** `origin` only annotates the recorded change (e.g. an import and its file). */
export async function createContact({
  ctx,
  input,
  origin,
}: {
  ctx: Ctx;
  input: unknown;
  origin?: ChangeOrigin;
}) {
  authorize(ctx.actor, 'contacts:write');
  const data = parseInput(ContactCreate, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadNamedAccount(tx, data.accountId);
    if (data.externalId && (await findContactIdByExternalId(tx.db, tx.workspace.id, data.externalId))) {
      throw conflict(`A contact with externalId ${data.externalId} already exists`);
    }
    const id = newId();
    const name = fullName(data.firstName, data.lastName);
    await insertContact(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: account.id,
      first_name: data.firstName,
      last_name: data.lastName,
      sort_name: searchable(name),
      search_text: searchable(name, data.email, data.title),
      email: data.email,
      phone: data.phone,
      title: data.title,
      role: data.role ?? null,
      is_primary: toFlag(data.isPrimary),
      external_id: data.externalId,
      created_at: tx.clock.now().toISOString(),
    });
    if (data.isPrimary) await clearPrimary(tx.db, tx.workspace.id, account.id, id);
    await recordChange(tx, {
      action: 'contact.created',
      subject: { type: 'contact', id },
      data: { accountId: account.id, name, role: data.role ?? null, ...origin },
    });
    return loadContact(tx, id);
  });
}
