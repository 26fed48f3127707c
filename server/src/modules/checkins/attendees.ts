import type { Attendee, AttendeeRef } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { isDomainError } from '../../platform/errors.ts';
import { loadContact } from '../contacts/index.ts';
import { findMemberRow } from '../users/index.ts';
import { badItem } from './days.ts';

/**
 * The people at a check-in, with their names as they were that day: the account's own
 * contacts, and members of the workspace. Anyone else is bad input.
 */
export async function resolveAttendees(tx: Ctx, accountId: string, refs: AttendeeRef[]): Promise<Attendee[]> {
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const [i, ref] of refs.entries()) {
    const key = `${ref.type}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = `attendees.${i}.id`;
    if (ref.type === 'user') {
      const member = await findMemberRow(tx.db, tx.workspace.id, ref.id);
      if (!member) throw badItem(path, 'not a member of this workspace');
      out.push({ type: 'user', id: ref.id, name: member.name });
      continue;
    }
    const contact = await loadContact(tx, ref.id).catch((e: unknown) => {
      if (isDomainError(e) && e.code === 'NOT_FOUND') return null;
      throw e;
    });
    if (contact?.accountId !== accountId) throw badItem(path, "not one of the account's contacts");
    out.push({ type: 'contact', id: ref.id, name: contact.name });
  }
  return out;
}
