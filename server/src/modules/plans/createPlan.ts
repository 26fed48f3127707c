import { PlanCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadNamedAccount } from '../accounts/index.ts';
import { assertActiveMember } from '../users/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { insertDrafts } from './drafts.ts';
import { loadPlan } from './load.ts';
import { insertMilestone, insertPlan } from './repository.ts';
import { settlePlan } from './rules.ts';

/**
 * Starts a mutual action plan for an account, with its milestones and tasks when given.
 * `templateId` only records where the plan came from (the plan templates build the input).
 */
export async function createPlan({
  ctx,
  input,
  templateId = null,
}: {
  ctx: Ctx;
  input: unknown;
  templateId?: string | null;
}) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanCreate, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadNamedAccount(tx, data.accountId);
    const ownerId = data.ownerId === undefined ? actingUserId(tx.actor) : data.ownerId;
    await assertActiveMember(tx, ownerId, 'ownerId');
    const startsOn = data.startsOn ?? (await workspaceToday(tx));
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertPlan(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: account.id,
      kind: data.kind,
      title: data.title,
      goal: data.goal,
      starts_on: startsOn,
      status: 'active',
      stalled_notified_on: null,
      owner_id: ownerId ?? null,
      created_by: actingUserId(tx.actor),
      created_at: now,
      updated_at: now,
      template_id: templateId,
    });
    const milestoneIds: string[] = [];
    for (const [position, m] of data.milestones.entries()) {
      const mid = newId();
      milestoneIds.push(mid);
      await insertMilestone(tx.db, {
        id: mid,
        workspace_id: tx.workspace.id,
        plan_id: id,
        title: m.title,
        position,
        due_on: m.dueOn ?? null,
        completed_at: null,
      });
    }
    await insertDrafts(tx, { planId: id, accountId: account.id, milestoneIds }, data.tasks);
    await settlePlan(tx, id, startsOn);
    await recordChange(tx, {
      action: 'plan.created',
      subject: { type: 'plan', id },
      data: {
        accountId: account.id,
        title: data.title,
        kind: data.kind,
        tasks: data.tasks.length,
        ...(templateId ? { templateId } : {}),
      },
    });
    return loadPlan(tx, id);
  });
}
