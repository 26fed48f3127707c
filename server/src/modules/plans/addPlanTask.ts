import { PlanTaskCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { fieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { findPlan, loadTask } from './load.ts';
import { insertTask, maxTaskPosition, milestonesOf, replaceDependencies, tasksOf } from './repository.ts';
import { assertDependencies, assertMilestone, assertTaskOwner, settlePlan } from './rules.ts';

/** Adds a task to a plan, at the end. */
export async function addPlanTask({ ctx, planId, input }: { ctx: Ctx; planId: string; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanTaskCreate, input);
  return inTransaction(ctx, async (tx) => {
    const plan = await findPlan(tx, planId);
    const owner = {
      side: data.ownerSide,
      userId: data.ownerUserId ?? null,
      contactId: data.ownerContactId ?? null,
    };
    await assertTaskOwner(tx, plan.account_id, owner);
    assertMilestone(data.milestoneId, await milestonesOf(tx.db, tx.workspace.id, planId));
    if (data.dueRule && data.dueOn) throw fieldError('dueOn', 'give a due date or a due rule, not both');
    const existing = new Set((await tasksOf(tx.db, tx.workspace.id, [planId])).map((t) => t.id));
    assertDependencies(data.dependsOn, existing);
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertTask(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      plan_id: planId,
      milestone_id: data.milestoneId ?? null,
      title: data.title,
      detail: data.detail,
      owner_side: owner.side,
      owner_user_id: owner.userId,
      owner_contact_id: owner.contactId,
      due_on: data.dueRule ? null : (data.dueOn ?? null),
      due_rule: data.dueRule ? toJson(data.dueRule) : null,
      status: 'not_started',
      internal: toFlag(data.internal),
      position: (await maxTaskPosition(tx.db, tx.workspace.id, planId)) + 1,
      done_on: null,
      overdue_notified_on: null,
      created_at: now,
      updated_at: now,
    });
    await replaceDependencies(tx.db, tx.workspace.id, id, [...new Set(data.dependsOn)]);
    await settlePlan(tx, planId, plan.starts_on);
    await recordChange(tx, {
      action: 'plan_task.created',
      subject: { type: 'plan_task', id },
      data: { planId, accountId: plan.account_id, title: data.title, ownerSide: owner.side },
    });
    return loadTask(tx, planId, id);
  });
}
