import type { Ctx } from '../../platform/context.ts';
import { fieldError } from '../../platform/errors.ts';
import { findMemberRow } from './repository/index.ts';

/** Owners (of accounts, resources, …) must be active members of the same workspace. */
export async function assertActiveMember(
  ctx: Pick<Ctx, 'db' | 'workspace'>,
  userId: string | null | undefined,
  field: string,
) {
  if (!userId) return;
  const member = await findMemberRow(ctx.db, ctx.workspace.id, userId);
  if (member?.status !== 'active') {
    throw fieldError(field, 'not an active member of this workspace');
  }
}
