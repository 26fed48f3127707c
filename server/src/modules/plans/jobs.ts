import { recordChange } from '../../platform/audit/record.ts';
import { addDays, type Day, todayIn } from '../../platform/dates.ts';
import type { JobContext, JobRegistry } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { listWorkspaceZones } from '../workspaces/index.ts';
import { STALLED_AFTER_DAYS } from './accountability.ts';
import { type ReminderOptions, sendPlanReminders } from './sendPlanReminders.ts';
import {
  clearRecoveredStalls,
  markPlanStalled,
  markTaskOverdueNotified,
  newlyOverdueCustomerTasks,
  newlyStalledPlans,
} from './sweepRepository.ts';

const BATCH = 500;
type Ws = Awaited<ReturnType<typeof listWorkspaceZones>>[number];

/**
 * Raises `plan_task.overdue` once per customer task past its due date and `plan.stalled` once
 * per plan that becomes stalled, in each workspace's time zone, for health and playbooks.
 * Marking and the event commit together, so a crash neither loses nor repeats one.
 */
export async function flagPlanEvents(jctx: JobContext): Promise<number> {
  let flagged = 0;
  for (const ws of await listWorkspaceZones(jctx.db)) {
    const today = todayIn(ws.timeZone, jctx.clock.now());
    flagged += await flagOverdueTasks(jctx, ws, today);
    flagged += await flagStalledPlans(jctx, ws, today);
  }
  return flagged;
}

async function flagOverdueTasks(jctx: JobContext, ws: Ws, today: Day) {
  let flagged = 0;
  for (;;) {
    const due = await newlyOverdueCustomerTasks(jctx.db, ws.id, today, BATCH);
    if (due.length === 0) break;
    await jctx.db.transaction().execute(async (trx) => {
      const ctx = { ...systemCtx(jctx, ws, 'plan task overdue'), db: trx };
      for (const t of due) {
        if (!(await markTaskOverdueNotified(trx, ws.id, t.id, today))) continue;
        await recordChange(ctx, {
          action: 'plan_task.overdue',
          subject: { type: 'plan_task', id: t.id },
          data: {
            planId: t.plan_id,
            accountId: t.account_id,
            title: t.title,
            dueOn: t.due_on,
            ownerSide: 'customer',
          },
        });
      }
    });
    flagged += due.length;
    if (due.length < BATCH) break;
  }
  return flagged;
}

async function flagStalledPlans(jctx: JobContext, ws: Ws, today: Day) {
  // Stalled: an open task at least STALLED_AFTER_DAYS past its due date (see planHealth).
  const cutoff = addDays(today, -STALLED_AFTER_DAYS);
  await clearRecoveredStalls(jctx.db, ws.id, cutoff);
  let flagged = 0;
  for (;;) {
    const stalled = await newlyStalledPlans(jctx.db, ws.id, cutoff, BATCH);
    if (stalled.length === 0) break;
    await jctx.db.transaction().execute(async (trx) => {
      const ctx = { ...systemCtx(jctx, ws, 'plan stalled'), db: trx };
      for (const p of stalled) {
        if (!(await markPlanStalled(trx, ws.id, p.id, today))) continue;
        await recordChange(ctx, {
          action: 'plan.stalled',
          subject: { type: 'plan', id: p.id },
          data: { accountId: p.account_id, title: p.title, ownerId: p.owner_id },
        });
      }
    });
    flagged += stalled.length;
    if (stalled.length < BATCH) break;
  }
  return flagged;
}

export function registerPlanJobs(registry: JobRegistry, reminders: ReminderOptions) {
  registry.every('plans-overdue-stalled', 15 * 60_000, {
    run: async (jctx) => void (await flagPlanEvents(jctx)),
  });
  registry.every('plan-reminders', 60 * 60_000, {
    run: async (jctx) => void (await sendPlanReminders(jctx, reminders)),
  });
}
