import type { Plan, PlanTask, PlanTaskStatus } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { attachment, type Cell, toCsv } from './csv.ts';
import { loadPlan } from './load.ts';

const HEADER = ['Milestone', 'Task', 'Side', 'Owner', 'Due', 'Status', 'Done on', 'Days overdue', 'Internal'];

const STATUS: Record<PlanTaskStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  skipped: 'Skipped',
};

const row = (milestone: string, t: PlanTask): Cell[] => [
  milestone,
  t.title,
  t.ownerSide === 'vendor' ? 'Vendor' : 'Customer',
  t.owner?.name ?? '',
  t.dueOn,
  STATUS[t.status],
  t.doneOn,
  t.daysOverdue,
  t.internal ? 'yes' : 'no',
];

/** One row per task, milestone by milestone in the plan's order, then the tasks under none. */
export function planCsvRows(plan: Plan): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (const m of plan.milestones)
    for (const t of plan.tasks) if (t.milestoneId === m.id) rows.push(row(m.title, t));
  const known = new Set(plan.milestones.map((m) => m.id));
  for (const t of plan.tasks) if (!t.milestoneId || !known.has(t.milestoneId)) rows.push(row('', t));
  return rows;
}

/** The plan as a CSV file (overdue days worked out for today), named after its title. */
export async function exportPlanCsv({ ctx, planId }: { ctx: Ctx; planId: string }) {
  authorize(ctx.actor, 'work:read');
  const plan = await loadPlan(ctx, planId);
  return { contentDisposition: attachment(plan.title, 'csv'), body: toCsv(planCsvRows(plan)) };
}
