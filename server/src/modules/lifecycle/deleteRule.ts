import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { loadRule } from './loadRule.ts';
import { deleteRuleRow } from './rulesRepository.ts';

/** Deletes a rule. The moves it made stay on the accounts' histories, with its name as their reason. */
export async function deleteRule({ ctx, ruleId }: { ctx: Ctx; ruleId: string }): Promise<void> {
  authorize(ctx.actor, 'lifecycle:manage');
  await inTransaction(ctx, async (tx) => {
    const rule = await loadRule(tx, ruleId);
    await deleteRuleRow(tx.db, tx.workspace.id, ruleId);
    await recordChange(tx, {
      action: 'lifecycle_rule.deleted',
      subject: { type: 'lifecycle_rule', id: ruleId },
      data: { name: rule.name, definition: rule.definition, enabled: rule.enabled },
    });
  });
}
