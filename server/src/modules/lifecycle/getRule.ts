import type { LifecycleRule } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadRule } from './loadRule.ts';
import { presentRule } from './rulePresenters.ts';

export async function getRule({ ctx, ruleId }: { ctx: Ctx; ruleId: string }): Promise<LifecycleRule> {
  authorize(ctx.actor, 'accounts:read');
  return presentRule(await loadRule(ctx, ruleId));
}
