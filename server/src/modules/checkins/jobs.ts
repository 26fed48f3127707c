import type { Ctx } from '../../platform/context.ts';
import { todayIn } from '../../platform/dates.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { JobContext, JobRegistry } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { listWorkspaceZones } from '../workspaces/index.ts';
import { effectiveCadence, nextCheckInDay, STAGES_ON_CADENCE } from './cadence.ts';
import { accountsWithoutCheckin, lastClosedDays } from './repository/index.ts';
import { addScheduledCheckin } from './scheduleNext.ts';
import { readCadenceDefaults } from './settings.ts';

const CHUNK = 200;

/** One workspace's accounts on a cadence that have no scheduled check-in get their next one. */
async function scheduleMissingIn(ctx: Ctx, today: string): Promise<number> {
  const defaults = await readCadenceDefaults(ctx);
  let scheduled = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await accountsWithoutCheckin(
      ctx.db,
      ctx.workspace.id,
      [...STAGES_ON_CADENCE],
      afterId,
      CHUNK,
    );
    if (page.length === 0) break;
    afterId = page.at(-1)?.id ?? null;
    const due = page
      .map((account) => ({
        account,
        cadence: effectiveCadence(account.checkin_cadence, account.tier, defaults),
      }))
      .filter((a) => a.cadence !== 'none');
    const last = await lastClosedDays(
      ctx.db,
      ctx.workspace.id,
      due.map((a) => a.account.id),
    );
    // One short transaction per chunk; the unique index makes a second run (or a person
    // scheduling at the same moment) a no-op rather than a duplicate.
    await inTransaction(ctx, async (tx) => {
      for (const { account, cadence } of due) {
        const on = nextCheckInDay(last.get(account.id) ?? null, cadence, today);
        if (on && (await addScheduledCheckin(tx, { account, on, ownerId: account.owner_id, auto: true })))
          scheduled++;
      }
    });
    if (page.length < CHUNK) break;
  }
  return scheduled;
}

/** The sweep: every workspace, each with its own "today". Returns how many were scheduled. */
export async function scheduleMissingCheckins(jctx: JobContext): Promise<number> {
  let scheduled = 0;
  for (const ws of await listWorkspaceZones(jctx.db)) {
    const ctx = systemCtx(jctx, { id: ws.id, name: ws.name }, 'check-in cadence');
    scheduled += await scheduleMissingIn(ctx, todayIn(ws.timeZone, jctx.clock.now()));
  }
  return scheduled;
}

export function registerCheckinJobs(registry: JobRegistry) {
  registry.every('checkins-schedule', 60 * 60_000, {
    run: async (jctx) => {
      const scheduled = await scheduleMissingCheckins(jctx);
      if (scheduled > 0) jctx.log.info({ scheduled }, 'check-ins scheduled from the cadence');
    },
  });
}
