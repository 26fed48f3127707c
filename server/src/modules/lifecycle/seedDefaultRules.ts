import { type RuleDefinition, ruleSummary } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { newId } from '../../platform/ids.ts';
import { countRules, insertRule } from './rulesRepository.ts';

/** What a new workspace starts with: the trial zone ends after 60 days; renewal starts 90 days out. */
export const DEFAULT_RULES: RuleDefinition[] = [
  { condition: { type: 'days_in_phase', phase: 'onboarding', days: 60 }, move: { phase: 'adoption' } },
  { condition: { type: 'days_before_renewal', days: 90 }, move: { phase: 'renewal' } },
];

/**
 * Gives a workspace without rules the default ones, as part of making the workspace (no audit
 * rows of their own). Off unless asked: a rule that moves accounts by itself is switched on
 * by someone who has seen its preview, except in the demo, which exists to show it working.
 */
export async function seedDefaultRules({
  ctx,
  workspaceId,
  enabled,
}: {
  ctx: Pick<Ctx, 'db' | 'clock'>;
  workspaceId: string;
  enabled: boolean;
}): Promise<number> {
  if ((await countRules(ctx.db, workspaceId)) > 0) return 0;
  const at = ctx.clock.now().getTime();
  for (const [i, definition] of DEFAULT_RULES.entries()) {
    // A millisecond apart, so they list (and apply) in this order.
    const now = new Date(at + i).toISOString();
    await insertRule(ctx.db, {
      id: newId(),
      workspace_id: workspaceId,
      name: ruleSummary(definition),
      definition: toJson(definition),
      enabled: toFlag(enabled),
      created_at: now,
      updated_at: now,
    });
  }
  return DEFAULT_RULES.length;
}
