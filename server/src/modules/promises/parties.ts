import type { Ctx } from '../../platform/context.ts';
import { DomainError, fieldError } from '../../platform/errors.ts';

import { loadContact } from '../contacts/index.ts';
import { assertActiveMember } from '../users/index.ts';

const field = fieldError;

/** The promise's owner is a team member; the person it was made to is one of the account's contacts. */
export async function assertParties(
  ctx: Ctx,
  accountId: string,
  p: { ownerId?: string | null | undefined; contactId?: string | null | undefined },
) {
  await assertActiveMember(ctx, p.ownerId, 'ownerId');
  if (!p.contactId) return;
  try {
    const contact = await loadContact(ctx, p.contactId);
    if (contact.accountId !== accountId) throw field('contactId', "not one of the account's contacts");
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND')
      throw field('contactId', 'no such contact in this workspace');
    throw e;
  }
}
