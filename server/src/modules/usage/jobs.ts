import type { Db } from '../../platform/context.ts';
import { uuidv7Floor } from '../../platform/ids.ts';
import type { JobRegistry } from '../../platform/jobs/registry.ts';
import { accountIdsWithUsage } from '../accounts/index.ts';
import { listRetentions } from '../workspaces/index.ts';
import { refreshAccounts, windowStart } from './figures.ts';
import { accountsWithRollupsSince, deleteEventsBefore, lastEventTimes } from './repository/index.ts';
import { rollUpAll } from './rollupRunner.ts';

const DAY = 86_400_000;
const DELETE_CHUNK = 5_000;

/**
 * Raw events older than a workspace's retention are deleted in small chunks (short
 * transactions, so ingestion never waits long); the rollups stay. Event ids are UUIDv7 of
 * the receive time, so "older than" is an index range on the primary key.
 */
export async function pruneUsageEvents(db: Db, now: Date): Promise<number> {
  let deleted = 0;
  for (const { workspaceId, days } of await listRetentions(db)) {
    const floor = uuidv7Floor(new Date(now.getTime() - days * DAY));
    for (;;) {
      const n = await deleteEventsBefore(db, workspaceId, floor, DELETE_CHUNK);
      deleted += n;
      if (n < DELETE_CHUNK) break;
    }
  }
  return deleted;
}

/** The 30-day figures on account rows slide with time even without new events. */
export async function refreshAllUsageFigures(db: Db, now: Date): Promise<void> {
  for (const { workspaceId } of await listRetentions(db)) {
    // Accounts whose figures may be non-zero, or should become non-zero: both kinds slide.
    const recent = await accountsWithRollupsSince(db, workspaceId, windowStart(now));
    const ids = [...new Set([...(await accountIdsWithUsage(db, workspaceId)), ...recent])];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      // Last seen too: a refresh that a crash skipped is made good here.
      const lastSeen = await lastEventTimes(db, workspaceId, chunk);
      await refreshAccounts({ db, workspace: { id: workspaceId } }, chunk, now, lastSeen);
    }
  }
}

export function registerUsageJobs(registry: JobRegistry) {
  registry.every('usage-retention', 6 * 60 * 60_000, {
    run: async (jctx) => {
      const deleted = await pruneUsageEvents(jctx.db, jctx.clock.now());
      if (deleted > 0) jctx.log.info({ deleted }, 'old usage events pruned');
    },
  });
  // Ingestion asks for rollup passes itself; this catches what a crash or another server left.
  registry.every('usage-rollups', 60_000, {
    run: async (jctx) => rollUpAll(jctx.db, jctx.clock, jctx.log),
  });
  registry.every('usage-figures', 60 * 60_000, {
    run: async (jctx) => refreshAllUsageFigures(jctx.db, jctx.clock.now()),
  });
}
