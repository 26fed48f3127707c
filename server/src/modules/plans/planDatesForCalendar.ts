import type { MyPlanTask } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { listOwnedPlanTasks } from './listOwnedPlanTasks.ts';
import { openMilestonesOfOwner } from './repository.ts';

/** A milestone's due date as a calendar shows it. */
export type PlanMilestoneDate = {
  id: string;
  title: string;
  dueOn: Day;
  plan: { id: string; title: string };
  account: { id: string; name: string };
};

/**
 * What a team member's calendar holds from plans: their open vendor tasks, and the due dates
 * of the milestones of the active plans they run, each due on or after `dueFrom`.
 */
export async function planDatesForCalendar({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { ownerId: string; dueFrom: Day; limit: number };
}): Promise<{ tasks: MyPlanTask[]; milestones: PlanMilestoneDate[] }> {
  authorize(ctx.actor, 'work:read');
  const [tasks, milestones] = await Promise.all([
    listOwnedPlanTasks({ ctx, input }),
    openMilestonesOfOwner(ctx.db, ctx.workspace.id, input.ownerId, input),
  ]);
  return {
    tasks,
    milestones: milestones.flatMap((m) =>
      m.due_on
        ? [
            {
              id: m.id,
              title: m.title,
              dueOn: m.due_on,
              plan: { id: m.plan_id, title: m.plan_title },
              account: { id: m.account_id, name: m.account_name },
            },
          ]
        : [],
    ),
  };
}
