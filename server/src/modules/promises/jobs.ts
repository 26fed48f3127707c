import { recordChange } from '../../platform/audit/record.ts';
import { todayIn } from '../../platform/dates.ts';
import type { JobContext, JobRegistry } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { listWorkspaceZones } from '../workspaces/index.ts';
import { markOverdueNotified, newlyOverdue } from './repository.ts';

const BATCH = 500;

/**
 * Raises `promise.overdue` once for each promise whose due day has passed in its workspace's
 * time zone, for the timeline now and for health and playbooks later. Marking and the event
 * commit together, so a crash neither loses nor repeats one.
 */
export async function flagOverduePromises(jctx: JobContext): Promise<number> {
  let flagged = 0;
  for (const ws of await listWorkspaceZones(jctx.db)) {
    const today = todayIn(ws.timeZone, jctx.clock.now());
    for (;;) {
      const due = await newlyOverdue(jctx.db, ws.id, today, BATCH);
      if (due.length === 0) break;
      await jctx.db.transaction().execute(async (trx) => {
        const ctx = { ...systemCtx(jctx, ws, 'promise overdue'), db: trx };
        for (const p of due) {
          // Resolved, or told, since it was read: nothing to say.
          if (!(await markOverdueNotified(trx, ws.id, p.id, today))) continue;
          await recordChange(ctx, {
            action: 'promise.overdue',
            subject: { type: 'promise', id: p.id },
            data: { accountId: p.account_id, title: p.title, dueOn: p.due_on, ownerId: p.owner_id },
          });
        }
      });
      flagged += due.length;
      if (due.length < BATCH) break;
    }
  }
  return flagged;
}

export function registerPromiseJobs(registry: JobRegistry) {
  registry.every('promises-overdue', 15 * 60_000, {
    run: async (jctx) => void (await flagOverduePromises(jctx)),
  });
}
