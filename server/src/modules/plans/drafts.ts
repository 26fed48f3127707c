import type { DueRule, PlanCreate } from '@trustcircle/contracts';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { fieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { insertTask, replaceDependencies } from './repository.ts';
import { assertTaskOwner } from './rules.ts';

type Drafts = z.output<typeof PlanCreate>['tasks'];

/**
 * Inserts a new plan's tasks. A draft names earlier drafts by `ref` (for its dependencies and
 * a due date relative to another task), so refs are turned into the new ids here.
 */
export async function insertDrafts(
  ctx: Ctx,
  plan: { planId: string; accountId: string; milestoneIds: string[] },
  drafts: Drafts,
) {
  const idOfRef = new Map<string, string>();
  const ids = drafts.map((d, i) => {
    const id = newId();
    if (d.ref) {
      if (idOfRef.has(d.ref)) throw fieldError(`tasks.${i}.ref`, 'already used by another task');
      idOfRef.set(d.ref, id);
    }
    return id;
  });
  const refId = (ref: string, path: string) => {
    const id = idOfRef.get(ref);
    if (!id) throw fieldError(path, 'no task in this plan has that ref');
    return id;
  };
  const now = ctx.clock.now().toISOString();
  for (const [i, d] of drafts.entries()) {
    const path = `tasks.${i}.`;
    await assertTaskOwner(
      ctx,
      plan.accountId,
      { side: d.ownerSide, userId: d.ownerUserId ?? null, contactId: d.ownerContactId ?? null },
      path,
    );
    const milestoneId = d.milestone === undefined ? null : plan.milestoneIds[d.milestone];
    if (milestoneId === undefined) throw fieldError(`${path}milestone`, 'no milestone at that index');
    const rule: DueRule | null = !d.dueRule
      ? null
      : d.dueRule.from === 'plan_start'
        ? d.dueRule
        : { from: 'task', taskId: refId(d.dueRule.taskRef, `${path}dueRule.taskRef`), days: d.dueRule.days };
    await insertTask(ctx.db, {
      id: ids[i] as string,
      workspace_id: ctx.workspace.id,
      plan_id: plan.planId,
      milestone_id: milestoneId,
      title: d.title,
      detail: d.detail,
      owner_side: d.ownerSide,
      owner_user_id: d.ownerUserId ?? null,
      owner_contact_id: d.ownerContactId ?? null,
      due_on: rule ? null : (d.dueOn ?? null),
      due_rule: rule ? toJson(rule) : null,
      status: 'not_started',
      internal: toFlag(d.internal),
      position: i,
      done_on: null,
      overdue_notified_on: null,
      created_at: now,
      updated_at: now,
    });
  }
  for (const [i, d] of drafts.entries()) {
    const deps = d.dependsOn.map((ref, j) => refId(ref, `tasks.${i}.dependsOn.${j}`));
    if (deps.includes(ids[i] as string))
      throw fieldError(`tasks.${i}.dependsOn`, 'a task cannot depend on itself');
    await replaceDependencies(ctx.db, ctx.workspace.id, ids[i] as string, [...new Set(deps)]);
  }
}
