import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { describeCadence } from './describeCadence.ts';
import { readCadenceDefaults } from './settings.ts';

export async function getAccountCadence({ ctx, accountId }: { ctx: Ctx; accountId: string }) {
  authorize(ctx.actor, 'work:read');
  const account = await loadCadenceAccount(ctx, accountId);
  return describeCadence(ctx, account, await readCadenceDefaults(ctx), await workspaceToday(ctx));
}
