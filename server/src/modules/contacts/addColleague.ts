import { Email, Text } from '@trustcircle/contracts';
import { z } from 'zod';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { fieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { insertNewContact } from './insertNewContact.ts';
import { contactEmailsOf, findContactIdByEmail } from './repository.ts';

export const Colleague = z.object({
  firstName: Text(100),
  lastName: z.string().trim().max(100).optional(),
  email: Email,
});

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * A customer, on a share link, names a colleague from their own company. The address must be
 * at one of the company's domains (the account's, or one its contacts already use), so a
 * link cannot be used to plant strangers among the customer's people. An address already on
 * file is that contact.
 */
export async function addColleague(ctx: Ctx, accountId: string, input: unknown) {
  authorize(ctx.actor, 'share:act');
  const data = parseInput(Colleague, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadNamedAccount(tx, accountId);
    const known = await findContactIdByEmail(tx.db, tx.workspace.id, account.id, data.email);
    if (known) return known;
    const emails = await contactEmailsOf(tx.db, tx.workspace.id, account.id);
    const domains = new Set([...(account.domain ? [account.domain] : []), ...emails].map(domainOf));
    if (!domains.has(domainOf(data.email)))
      throw fieldError(
        'email',
        `use an address at your company (${[...domains].join(', ') || 'none on file'})`,
      );
    const { id, name } = await insertNewContact(tx, account.id, {
      firstName: data.firstName,
      lastName: data.lastName || null,
      email: data.email,
      phone: null,
      title: null,
      role: null,
      isPrimary: false,
      externalId: null,
    });
    await recordChange(tx, {
      action: 'contact.created',
      subject: { type: 'contact', id },
      data: { accountId: account.id, name, role: null, via: 'share_link' },
    });
    return id;
  });
}
