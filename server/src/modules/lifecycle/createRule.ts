import { type LifecycleRule, LifecycleRuleCreate, ruleSummary } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadRule } from './loadRule.ts';
import { presentRule } from './rulePresenters.ts';
import { countRules, insertRule } from './rulesRepository.ts';

/** Rules are read by people: a few dozen is plenty, and keeps every hourly sweep short. */
export const MAX_RULES = 50;

/** Adds a rule; an enabled one starts moving accounts at the next hourly sweep. */
export async function createRule({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<LifecycleRule> {
  authorize(ctx.actor, 'lifecycle:manage');
  const data = parseInput(LifecycleRuleCreate, input);
  return inTransaction(ctx, async (tx) => {
    if ((await countRules(tx.db, tx.workspace.id)) >= MAX_RULES) {
      throw new DomainError('LIMIT_EXCEEDED', `A workspace has at most ${MAX_RULES} lifecycle rules`);
    }
    const id = newId();
    const now = tx.clock.now().toISOString();
    const name = data.name ?? ruleSummary(data.definition);
    await insertRule(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      name,
      definition: toJson(data.definition),
      enabled: toFlag(data.enabled),
      created_at: now,
      updated_at: now,
    });
    await recordChange(tx, {
      action: 'lifecycle_rule.created',
      subject: { type: 'lifecycle_rule', id },
      data: { name, definition: data.definition, enabled: data.enabled },
    });
    return presentRule(await loadRule(tx, id));
  });
}
