import type { LifecycleRuleList } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadRules } from './loadRule.ts';
import { presentRule } from './rulePresenters.ts';

/** The workspace's lifecycle rules, in the order they are applied (a workspace has a handful). */
export async function listRules({ ctx }: { ctx: Ctx }): Promise<LifecycleRuleList> {
  authorize(ctx.actor, 'accounts:read');
  return { data: (await loadRules(ctx)).map(presentRule) };
}
