import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadAccount } from './load.ts';

export async function getAccount({ ctx, accountId }: { ctx: Ctx; accountId: string }) {
  authorize(ctx.actor, 'accounts:read');
  return loadAccount(ctx, accountId);
}
