import type { AccountPlanAccountability } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadAccount } from '../accounts/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { accountability, planHealth, sumSides } from './accountability.ts';
import { planTasks } from './load.ts';
import { countedTasks } from './presenters.ts';
import { planIdsOfAccount } from './repository.ts';

/** Both sides' record over an account's active plans; its health is its worst plan's. */
export async function getAccountPlanAccountability({
  ctx,
  accountId,
}: {
  ctx: Ctx;
  accountId: string;
}): Promise<AccountPlanAccountability> {
  authorize(ctx.actor, 'work:read');
  const account = await loadAccount(ctx, accountId);
  const planIds = await planIdsOfAccount(ctx.db, ctx.workspace.id, account.id, ['active']);
  const { tasks, deps } = await planTasks(ctx, planIds);
  const today = await workspaceToday(ctx);
  const perPlan = planIds.map((id) =>
    accountability(
      countedTasks(
        tasks.filter((t) => t.plan_id === id),
        deps,
      ),
      today,
    ),
  );
  const vendor = sumSides(perPlan.map((p) => p.vendor));
  const customer = sumSides(perPlan.map((p) => p.customer));
  return {
    account: { id: account.id, name: account.name },
    today,
    plans: planIds.length,
    vendor,
    customer,
    health: planHealth(Math.max(vendor.maxDaysOverdue, customer.maxDaysOverdue)),
  };
}
