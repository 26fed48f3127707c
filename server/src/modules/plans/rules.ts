import type { DueRule, OwnerSide } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { parseJson } from '../../platform/db/json.ts';
import { DomainError, fieldError } from '../../platform/errors.ts';
import { loadContact } from '../contacts/index.ts';
import { assertActiveMember } from '../users/index.ts';
import { findCycle, resolveDueDates } from './dueDates.ts';
import { dependenciesOf, tasksOf, updateTaskRow } from './repository.ts';
import { settleMilestones } from './settleMilestones.ts';

/** A vendor task is owned by an active team member; a customer task by one of the account's contacts. */
export async function assertTaskOwner(
  ctx: Ctx,
  accountId: string,
  o: { side: OwnerSide; userId: string | null; contactId: string | null },
  path = '',
) {
  if (o.side === 'vendor' && o.contactId)
    throw fieldError(`${path}ownerContactId`, 'a vendor task is owned by a team member');
  if (o.side === 'customer' && o.userId)
    throw fieldError(`${path}ownerUserId`, 'a customer task is owned by a contact');
  await assertActiveMember(ctx, o.userId, `${path}ownerUserId`);
  if (!o.contactId) return;
  try {
    const contact = await loadContact(ctx, o.contactId);
    if (contact.accountId !== accountId)
      throw fieldError(`${path}ownerContactId`, "not one of the account's contacts");
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND')
      throw fieldError(`${path}ownerContactId`, 'no such contact in this workspace');
    throw e;
  }
}

/**
 * After any change to a plan's tasks: dependencies must not loop, and every relative due date
 * is worked out again (a task dated from another moves with it), and milestones complete or
 * reopen with their tasks. Runs in the verb's transaction.
 */
export async function settlePlan(ctx: Ctx, planId: string, startsOn: string) {
  const tasks = await tasksOf(ctx.db, ctx.workspace.id, [planId]);
  const ids = new Set(tasks.map((t) => t.id));
  const deps = await dependenciesOf(ctx.db, ctx.workspace.id, [...ids]);
  const edges = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  for (const d of deps) edges.get(d.task_id)?.push(d.depends_on_task_id);
  if (findCycle(edges)) throw fieldError('dependsOn', 'tasks would depend on each other in a circle');
  const dated = tasks.map((t) => ({
    id: t.id,
    dueOn: t.due_on,
    doneOn: t.done_on,
    dueRule: parseJson<DueRule | null>(t.due_rule, null),
  }));
  for (const t of dated) {
    if (t.dueRule?.from === 'task' && !ids.has(t.dueRule.taskId))
      throw fieldError('dueRule.taskId', 'no such task in this plan');
  }
  const resolved = resolveDueDates(startsOn, dated);
  if (!resolved.ok) throw fieldError('dueRule', 'due dates would be relative to each other in a circle');
  for (const t of tasks) {
    const day = resolved.dueOn.get(t.id) ?? null;
    if (t.due_rule != null && day !== t.due_on)
      await updateTaskRow(ctx.db, ctx.workspace.id, t.id, { due_on: day, overdue_notified_on: null });
  }
  // A milestone completes when its last task closes, and reopens when one opens again.
  await settleMilestones(
    ctx,
    planId,
    tasks.map((t) => ({ milestoneId: t.milestone_id, status: t.status })),
  );
}

/** Ids named as dependencies must be other tasks of the same plan. */
export function assertDependencies(dependsOn: string[], planTaskIds: Set<string>, self?: string) {
  for (const [i, d] of dependsOn.entries()) {
    if (d === self) throw fieldError(`dependsOn.${i}`, 'a task cannot depend on itself');
    if (!planTaskIds.has(d)) throw fieldError(`dependsOn.${i}`, 'no such task in this plan');
  }
}

/** A milestone named for a task must be one of its plan's. */
export function assertMilestone(milestoneId: string | null | undefined, milestones: { id: string }[]) {
  if (milestoneId && !milestones.some((m) => m.id === milestoneId))
    throw fieldError('milestoneId', 'no such milestone in this plan');
}

/** Before a task goes, tasks dated from it keep the date they have now, as an absolute one. */
export async function detachDueRules(ctx: Ctx, planId: string, taskId: string) {
  for (const t of await tasksOf(ctx.db, ctx.workspace.id, [planId])) {
    const rule = parseJson<DueRule | null>(t.due_rule, null);
    if (rule?.from === 'task' && rule.taskId === taskId)
      await updateTaskRow(ctx.db, ctx.workspace.id, t.id, { due_rule: null });
  }
}
