import { ContactCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import type { ChangeOrigin } from '../accounts/index.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { insertNewContact } from './insertNewContact.ts';
import { loadContact } from './load.ts';
import { clearPrimary, findContactIdByExternalId } from './repository.ts';

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
    const { id, name } = await insertNewContact(tx, account.id, data);
    if (data.isPrimary) await clearPrimary(tx.db, tx.workspace.id, account.id, id);
    await recordChange(tx, {
      action: 'contact.created',
      subject: { type: 'contact', id },
      data: { accountId: account.id, name, role: data.role ?? null, ...origin },
    });
    return loadContact(tx, id);
  });
}
