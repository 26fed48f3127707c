import type { ContactCreate } from '@trustcircle/contracts';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { toFlag } from '../../platform/db/json.ts';
import { searchable } from '../../platform/db/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { fullName } from './presenters.ts';
import { insertContact } from './repository.ts';

type NewContact = Omit<z.output<typeof ContactCreate>, 'accountId'>;

/** Writes a contact row with its search fields; the calling verb checks, audits and records. */
export async function insertNewContact(tx: Ctx, accountId: string, data: NewContact) {
  const id = newId();
  const name = fullName(data.firstName, data.lastName);
  await insertContact(tx.db, {
    id,
    workspace_id: tx.workspace.id,
    account_id: accountId,
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
  return { id, name };
}
