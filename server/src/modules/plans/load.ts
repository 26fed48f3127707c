import type { Plan } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentPlan } from './presenters.ts';
import {
  dependenciesOf,
  findPlanRow,
  findTaskRow,
  milestonesOf,
  type PlanRow,
  tasksOf,
} from './repository.ts';

export async function findPlan(ctx: Ctx, id: string): Promise<PlanRow> {
  const row = await findPlanRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Plan');
  return row;
}

export async function findTask(ctx: Ctx, id: string) {
  const row = await findTaskRow(ctx.db, ctx.workspace.id, id);
  if (!row) throw notFound('Task');
  return row;
}

/** The plan's tasks and their dependencies, as the rules need them. */
export async function planTasks(ctx: Ctx, planIds: string[]) {
  const tasks = await tasksOf(ctx.db, ctx.workspace.id, planIds);
  const deps = await dependenciesOf(
    ctx.db,
    ctx.workspace.id,
    tasks.map((t) => t.id),
  );
  return { tasks, deps };
}

export async function loadPlan(ctx: Ctx, id: string): Promise<Plan> {
  const row = await findPlan(ctx, id);
  const milestones = await milestonesOf(ctx.db, ctx.workspace.id, id);
  const { tasks, deps } = await planTasks(ctx, [id]);
  return presentPlan(row, milestones, tasks, deps, await workspaceToday(ctx));
}

/** One task as the API shows it, within its plan. */
export async function loadTask(ctx: Ctx, planId: string, taskId: string) {
  const plan = await loadPlan(ctx, planId);
  const task = plan.tasks.find((t) => t.id === taskId);
  if (!task) throw notFound('Task');
  return task;
}
