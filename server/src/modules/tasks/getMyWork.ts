import { type MyWork, MyWorkQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { addDays } from '../../platform/dates.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { listCheckins } from '../checkins/index.ts';
import { listOwnedPlanTasks } from '../plans/index.ts';
import { listPromises } from '../promises/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentTask } from './presenters.ts';
import { listTaskRows } from './repository.ts';

const MAX = 200;

/**
 * What needs a person today: their overdue and due tasks, and the check-ins, promises and plan
 * tasks (their side's, in active plans) that are overdue or coming up, each list soonest first.
 */
export async function getMyWork({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<MyWork> {
  authorize(ctx.actor, 'work:read');
  const query = parseInput(MyWorkQuery, input);
  const ownerId = resolveOwnerFilter(ctx.actor, query.ownerId ?? 'me') as string;
  const today = await workspaceToday(ctx);
  const until = addDays(today, query.days);
  const [taskRows, checkins, promises, planTasks] = await Promise.all([
    listTaskRows(ctx.db, ctx.workspace.id, {
      ownerId,
      statuses: ['open'],
      dueBefore: today,
      awakeOn: today,
      cursor: null,
      limit: MAX,
    }),
    listCheckins({ ctx, input: { ownerId, status: ['scheduled'], dueBefore: until, limit: MAX } }),
    listPromises({ ctx, input: { ownerId, active: true, dueBefore: until, limit: MAX } }),
    listOwnedPlanTasks({ ctx, input: { ownerId, dueBefore: until, limit: MAX } }),
  ]);
  const tasks = taskRows.map((r) => presentTask(r, today));
  return {
    today,
    until,
    tasks,
    checkins: checkins.data,
    promises: promises.data,
    planTasks,
    counts: {
      overdueTasks: tasks.filter((t) => t.overdue).length,
      overdueCheckins: checkins.data.filter((c) => c.overdue).length,
      overduePromises: promises.data.filter((p) => p.overdue).length,
      overduePlanTasks: planTasks.filter((t) => t.overdue).length,
    },
  };
}
