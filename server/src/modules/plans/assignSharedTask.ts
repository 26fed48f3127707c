import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { addColleague } from '../contacts/index.ts';
import { type OpenLink, recordShareActivity } from '../shareLinks/index.ts';
import { recordTaskChange } from './recordTaskChange.ts';
import { updateTaskRow } from './repository.ts';
import { sharedTaskOf } from './sharedScope.ts';

/**
 * The customer hands one of their side's tasks to a colleague (a contact already on file, or a
 * new one at their company's email domain); the colleague then gets its reminders.
 */
export async function assignSharedTask(ctx: Ctx, link: OpenLink, taskId: string, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const { plan, task } = await sharedTaskOf(tx, taskId);
    if (task.owner_side !== 'customer') throw conflict('Only your team’s tasks can be handed to a colleague');
    const contactId = await addColleague(tx, plan.account_id, input);
    if (contactId === task.owner_contact_id) return;
    await updateTaskRow(tx.db, tx.workspace.id, taskId, {
      owner_contact_id: contactId,
      updated_at: tx.clock.now().toISOString(),
    });
    await recordTaskChange(tx, {
      planId: plan.id,
      accountId: plan.account_id,
      taskId,
      changed: ['owner_contact_id'],
      title: task.title,
      from: task.status,
      to: undefined,
    });
    const email = typeof input === 'object' && input && 'email' in input ? String(input.email) : '';
    await recordShareActivity(tx, link, 'owner_added', `${task.title} → ${email.toLowerCase()}`);
  });
}
