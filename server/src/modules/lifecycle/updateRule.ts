import { type LifecycleRule, LifecycleRuleUpdate, ruleSummary } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadRule } from './loadRule.ts';
import { presentRule, type Rule } from './rulePresenters.ts';
import { updateRuleRow } from './rulesRepository.ts';

/** Renames, rewrites, or switches a rule on or off. */
export async function updateRule({
  ctx,
  ruleId,
  input,
}: {
  ctx: Ctx;
  ruleId: string;
  input: unknown;
}): Promise<LifecycleRule> {
  authorize(ctx.actor, 'lifecycle:manage');
  const data = parseInput(LifecycleRuleUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadRule(tx, ruleId);
    const after = nextRule(before, data);
    const changed = (['name', 'definition', 'enabled'] as const).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    if (changed.length === 0) return presentRule(before);
    await updateRuleRow(tx.db, tx.workspace.id, ruleId, {
      name: after.name,
      definition: toJson(after.definition),
      enabled: toFlag(after.enabled),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'lifecycle_rule.updated',
      subject: { type: 'lifecycle_rule', id: ruleId },
      data: {
        name: after.name,
        changed,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
    });
    return presentRule(await loadRule(tx, ruleId));
  });
}

/** A rule still named after its old wording takes the new wording's name with it. */
function nextRule(before: Rule, data: ReturnType<typeof LifecycleRuleUpdate.parse>): Rule {
  const definition = data.definition ?? before.definition;
  const autoNamed = before.name === ruleSummary(before.definition);
  const name = data.name ?? (autoNamed ? ruleSummary(definition) : before.name);
  return { ...before, name, definition, enabled: data.enabled ?? before.enabled };
}
