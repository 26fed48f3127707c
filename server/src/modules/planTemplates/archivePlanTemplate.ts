import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { flag, toFlag } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { findTemplate } from './load.ts';
import { updateTemplateRow } from './repository.ts';

/**
 * Archives a template: it leaves the list and starts no more plans, and the plans started
 * from it keep pointing at it. `PATCH { archived: false }` brings it back.
 */
export async function archivePlanTemplate({ ctx, templateId }: { ctx: Ctx; templateId: string }) {
  authorize(ctx.actor, 'lifecycle:manage');
  await inTransaction(ctx, async (tx) => {
    const row = await findTemplate(tx, templateId);
    if (flag(row.archived)) return;
    await updateTemplateRow(tx.db, tx.workspace.id, templateId, {
      archived: toFlag(true),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'plan_template.archived',
      subject: { type: 'plan_template', id: templateId },
      data: { name: row.name },
    });
  });
}
