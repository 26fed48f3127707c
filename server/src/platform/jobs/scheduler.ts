import type { Clock } from '../clock.ts';
import type { Db } from '../context.ts';
import type { Logger } from '../logging/logger.ts';
import type { JobRegistry } from './registry.ts';
import { claimScheduledRun } from './repository.ts';
import { enqueue } from './worker.ts';

export type SchedulerDeps = { db: Db; clock: Clock; log: Logger; registry: JobRegistry };

/**
 * Enqueues each scheduled task's job when it is due. Several scheduler processes may run:
 * the conditional UPDATE in claimScheduledRun lets exactly one of them take each run.
 */
export async function scheduleDue(deps: SchedulerDeps): Promise<string[]> {
  const started: string[] = [];
  const now = deps.clock.now();
  for (const task of deps.registry.schedule) {
    const next = new Date(now.getTime() + task.everyMs).toISOString();
    const claimed = await deps.db.transaction().execute(async (trx) => {
      const mine = await claimScheduledRun(trx, task.name, now.toISOString(), next);
      if (mine) await enqueue({ ...deps, db: trx }, [{ type: task.jobType, payload: {} }]);
      return mine;
    });
    if (claimed) started.push(task.name);
  }
  return started;
}

export function startScheduler(deps: SchedulerDeps, tickMs = 15_000): { stop: () => void } {
  const tick = () =>
    scheduleDue(deps).catch((err) => {
      deps.log.error({ err }, 'scheduler tick failed');
      return [];
    });
  void tick();
  const timer = setInterval(tick, tickMs);
  return { stop: () => clearInterval(timer) };
}
