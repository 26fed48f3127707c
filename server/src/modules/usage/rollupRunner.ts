import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/context.ts';
import { createGroupCommitter, type GroupCommitter } from '../../platform/db/groupCommit.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { drainFigures, refreshAfterCommit } from './figures.ts';
import { identityCacheFor } from './identities.ts';
import { rollUpEvents } from './rollUpEvents.ts';

/**
 * At least this long between two passes while events keep coming: a pass costs about the
 * same for one request as for a hundred, and the issue asks for rollups within 2 seconds.
 */
const PASS_SPACING_MS = 250;

const runners = new WeakMap<Db, GroupCommitter<null>>();

function runnerFor(db: Db, clock: Clock, log: Logger): GroupCommitter<null> {
  let runner = runners.get(db);
  if (!runner) {
    runner = createGroupCommitter<null>({
      maxWeight: Number.MAX_SAFE_INTEGER,
      spacingMs: PASS_SPACING_MS,
      write: async () => {
        let again = false;
        for (let more = true; more; ) {
          const pass = await rollUpEvents(db, identityCacheFor(db));
          refreshAfterCommit(db, clock, log, pass.touched);
          more = pass.more;
          again = pass.again;
        }
        // An older transaction may still commit events: look again after the spacing.
        if (again) requestRollups(db, clock, log);
      },
      onError: (err) => log.warn({ err }, 'usage rollup pass failed; the next one retries'),
    });
    runners.set(db, runner);
  }
  return runner;
}

/** Asks for a rollup pass soon (events were committed); passes asked for meanwhile merge. */
export function requestRollups(db: Db, clock: Clock, log: Logger) {
  runnerFor(db, clock, log)
    .submit(null, 1)
    .catch(() => {});
}

/**
 * When this process has asked for a pass, runs one now and waits for it: a reader then sees
 * every event this process committed before. One pass, not a drain: under load new requests
 * for passes never stop coming.
 */
export async function settleRollups(db: Db) {
  const runner = runners.get(db);
  if (!runner || runner.pending() === 0) return;
  const pass = runner.submit(null, 1);
  runner.hurry();
  await pass.catch(() => {});
}

/** Counts every committed event now, and refreshes the account figures (shutdown, jobs, tests). */
export async function rollUpAll(db: Db, clock: Clock, log: Logger) {
  requestRollups(db, clock, log);
  await runnerFor(db, clock, log).drain();
  await drainFigures(db);
}
