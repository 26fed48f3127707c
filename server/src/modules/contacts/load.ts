import type { Contact } from '@trustcircle/contracts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { presentContact } from './presenters.ts';
import { findContactRow } from './repository.ts';

export async function loadContact(ctx: Ctx, id: string): Promise<Contact> {
  const row = await findContactRow(ctx.db, ctx.workspace.id, id, actingUserId(ctx.actor));
  if (!row) throw notFound('Contact');
  return presentContact(row);
}
