import {
  LifecycleRuleDraft,
  type LifecycleRulePreview,
  RULE_MOVES_LISTED,
  ruleSummary,
} from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadRule } from './loadRule.ts';
import { matchRule } from './matchRule.ts';
import { presentMove } from './rulePresenters.ts';

/**
 * Which accounts a rule would move now, and why, without moving any: for a saved rule
 * (`ruleId`, on or off) or for a definition not saved yet (`input`).
 */
export async function previewRule({
  ctx,
  ruleId,
  input,
}: {
  ctx: Ctx;
  ruleId?: string;
  input?: unknown;
}): Promise<LifecycleRulePreview> {
  authorize(ctx.actor, 'accounts:read');
  const rule = ruleId ? await loadRule(ctx, ruleId) : draftRule(input);
  const { today, timeZone, matches } = await matchRule(ctx, rule);
  return {
    rule: { id: rule.id, name: rule.name, summary: ruleSummary(rule.definition) },
    today,
    timeZone,
    total: matches.length,
    moves: matches.slice(0, RULE_MOVES_LISTED).map(presentMove),
  };
}

function draftRule(input: unknown) {
  const draft = parseInput(LifecycleRuleDraft, input);
  return { id: null, name: draft.name ?? ruleSummary(draft.definition), definition: draft.definition };
}
