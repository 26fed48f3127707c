import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadContact } from './load.ts';

export async function getContact({ ctx, contactId }: { ctx: Ctx; contactId: string }) {
  authorize(ctx.actor, 'contacts:read');
  return loadContact(ctx, contactId);
}
