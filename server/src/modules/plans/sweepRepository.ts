import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import type { Database, PlansTable } from '../../platform/db/schema.ts';

// The sweeps' queries: overdue customer tasks and stalled plans, each reported once.

/** The plan (as `p`) has an open, shared task due on or before `cutoff`: it is stalled. */
const hasStallingTask = (eb: ExpressionBuilder<Database & { p: PlansTable }, 'p'>, cutoff: Day) =>
  eb.exists(
    eb
      .selectFrom('plan_tasks as t')
      .select('t.id')
      .whereRef('t.plan_id', '=', 'p.id')
      .whereRef('t.workspace_id', '=', 'p.workspace_id')
      .where('t.status', 'not in', ['done', 'skipped'])
      .where('t.internal', '=', 0)
      .where('t.due_on', '<=', cutoff),
  );

/** Customer tasks past due whose overdue event was not raised yet. */
export async function newlyOverdueCustomerTasks(db: Db, workspaceId: string, before: Day, limit: number) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 't.plan_id').onRef('p.workspace_id', '=', 't.workspace_id'),
    )
    .select(['t.id', 't.plan_id', 'p.account_id', 't.title', 't.due_on', 't.owner_contact_id'])
    .where('t.workspace_id', '=', workspaceId)
    .where('p.status', '=', 'active')
    .where('t.owner_side', '=', 'customer')
    .where('t.internal', '=', 0)
    .where('t.status', 'not in', ['done', 'skipped'])
    .where('t.due_on', '<', before)
    .where('t.overdue_notified_on', 'is', null)
    .orderBy('t.due_on')
    .limit(limit)
    .execute();
}

export async function markTaskOverdueNotified(db: Db, workspaceId: string, id: string, day: Day) {
  const r = await db
    .updateTable('plan_tasks')
    .set({ overdue_notified_on: day })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('overdue_notified_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Active plans with an open task due on or before `cutoff`, not yet reported stalled. */
export async function newlyStalledPlans(db: Db, workspaceId: string, cutoff: Day, limit: number) {
  return db
    .selectFrom('plans as p')
    .select(['p.id', 'p.account_id', 'p.title', 'p.owner_id'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.status', '=', 'active')
    .where('p.stalled_notified_on', 'is', null)
    .where((eb) => hasStallingTask(eb, cutoff))
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

export async function markPlanStalled(db: Db, workspaceId: string, id: string, day: Day) {
  const r = await db
    .updateTable('plans')
    .set({ stalled_notified_on: day })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('stalled_notified_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Plans reported stalled that no longer are: a later stall is a new one and is reported again. */
export async function clearRecoveredStalls(db: Db, workspaceId: string, cutoff: Day) {
  await db
    .updateTable('plans as p')
    .set({ stalled_notified_on: null })
    .where('p.workspace_id', '=', workspaceId)
    .where('p.stalled_notified_on', 'is not', null)
    .where((eb) => eb.not(hasStallingTask(eb, cutoff)))
    .execute();
}
