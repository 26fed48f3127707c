import { PlanCommentCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { type OpenLink, recordShareActivity } from '../shareLinks/index.ts';
import { insertComment } from './repository.ts';
import { sharedTaskOf } from './sharedScope.ts';

/**
 * A customer's comment on any task they can see. It is stored as plain text (control
 * characters dropped) and escaped wherever it is shown. Its author is the contact the visitor
 * proved to be, or the link itself when they are anonymous.
 */
export async function commentOnSharedTask(ctx: Ctx, link: OpenLink, taskId: string, input: unknown) {
  const data = parseInput(PlanCommentCreate, input);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const body = data.body.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return inTransaction(ctx, async (tx) => {
    const { plan, contactId } = await sharedTaskOf(tx, taskId);
    const id = newId();
    await insertComment(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      task_id: taskId,
      author_type: contactId ? 'contact' : 'shareLink',
      author_id: contactId ?? link.id,
      body,
      created_at: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'plan_task.commented',
      subject: { type: 'plan_task', id: taskId },
      data: { planId: plan.id, accountId: plan.account_id, commentId: id, fromCustomer: true },
    });
    await recordShareActivity(tx, link, 'commented', body.slice(0, 200));
  });
}
