import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/context.ts';
import { createGroupCommitter, type GroupCommitter } from '../../platform/db/groupCommit.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { drainFigures, refreshAfterCommit } from './figures.ts';
import { identityCacheFor } from './identities.ts';
import { lastStoredSeq } from './receipts.ts';
import { rollUpEvents } from './rollUpEvents.ts';

/**
 * At least this long between two passes while events keep coming: a pass costs about the
 * same for one request as for a hundred, and the issue asks for rollups within 2 seconds.
 */
const PASS_SPACING_MS = 250;

/** How long a reader waits, at most, for transactions older than its events to finish. */
const SETTLE_MS = 2_000;

const runners = new WeakMap<Db, GroupCommitter<null>>();
/** Where the last pass of a database stopped: every event below it is counted. */
const countedBelow = new WeakMap<Db, number>();

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
          countedBelow.set(db, pass.bound);
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
 * Runs passes now until every event this process had acknowledged is counted, so a reader
 * sees them; one pass at a time, not a drain, since under load requests for passes never stop
 * coming. On PostgreSQL a pass stops below transactions still running that are older than the
 * reader's events, so it may take a second pass; the reader waits 2 seconds at most.
 */
export async function settleRollups(db: Db) {
  const runner = runners.get(db);
  const target = lastStoredSeq(db);
  const counted = () => (countedBelow.get(db) ?? Number.NEGATIVE_INFINITY) > (target ?? 0);
  if (!runner || target === undefined || counted()) return;
  const until = Date.now() + SETTLE_MS;
  do {
    const pass = runner.submit(null, 1);
    runner.hurry();
    await pass.catch(() => {});
    if (counted()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < until);
}

/** Counts every committed event now, and refreshes the account figures (shutdown, jobs, tests). */
export async function rollUpAll(db: Db, clock: Clock, log: Logger) {
  requestRollups(db, clock, log);
  await runnerFor(db, clock, log).drain();
  await drainFigures(db);
}
