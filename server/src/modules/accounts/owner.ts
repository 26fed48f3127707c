import type { Ctx } from '../../platform/context.ts';
import { assertActiveMember } from '../users/index.ts';

/** An owner must be an active member of the same workspace. */
export const assertOwner = (ctx: Ctx, ownerId: string | null | undefined) =>
  assertActiveMember(ctx, ownerId, 'ownerId');
