import type { MyPlanTask } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentTask } from './presenters.ts';
import { dependenciesOf, openVendorTasksOf, taskStatuses } from './repository.ts';

export type OwnedPlanTasksQuery = {
  /** the team member whose tasks these are */
  ownerId: string;
  dueFrom?: Day | undefined;
  dueBefore?: Day | undefined;
  limit: number;
};

/**
 * A team member's open vendor tasks in active plans, soonest due first, for "my work" and the
 * calendar feed. Read-only; the caller has already worked out whose work it is.
 */
export async function listOwnedPlanTasks({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: OwnedPlanTasksQuery;
}): Promise<MyPlanTask[]> {
  authorize(ctx.actor, 'work:read');
  const ws = ctx.workspace.id;
  const rows = await openVendorTasksOf(ctx.db, ws, input.ownerId, input);
  const deps = await dependenciesOf(
    ctx.db,
    ws,
    rows.map((r) => r.id),
  );
  // Locked needs the status of what each task waits on, which may be any task of its plan.
  const statusOf = new Map(
    (await taskStatuses(ctx.db, ws, [...new Set(deps.map((d) => d.depends_on_task_id))])).map((s) => [
      s.id,
      s.status,
    ]),
  );
  const today = await workspaceToday(ctx);
  return rows.map((r) => ({
    ...presentTask(
      r,
      deps.filter((d) => d.task_id === r.id).map((d) => d.depends_on_task_id),
      statusOf,
      today,
    ),
    plan: { id: r.plan_id, title: r.plan_title },
    account: { id: r.account_id, name: r.account_name },
  }));
}
