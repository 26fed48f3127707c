import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { findMemberRow } from '../users/index.ts';

/** An owner must be an active member of the same workspace. */
export async function assertOwner(ctx: Ctx, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  const member = await findMemberRow(ctx.db, ctx.workspace.id, ownerId);
  if (member?.status !== 'active') {
    throw invalid('ownerId: not an active member of this workspace', {
      issues: [{ path: 'ownerId', message: 'not an active member of this workspace' }],
    });
  }
}
