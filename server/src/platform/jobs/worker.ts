import { hostname } from 'node:os';
import type { Clock } from '../clock.ts';
import type { Db } from '../context.ts';
import type { DatabaseKind } from '../db/connect.ts';
import { parseJson } from '../db/json.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../logging/logger.ts';
import { retryDelayMs } from './backoff.ts';
import type { JobContext, JobRegistry } from './registry.ts';
import {
  claimJobs,
  completeJob,
  enqueueJobs,
  failJob,
  type JobRow,
  markDispatched,
  pendingEvents,
  requeueStale,
} from './repository.ts';

export type WorkerDeps = { db: Db; kind: DatabaseKind; clock: Clock; log: Logger; registry: JobRegistry };

const DEFAULT_MAX_ATTEMPTS = 8;
const STALE_AFTER_MS = 5 * 60_000;

/**
 * Turns committed outbox events into jobs. Runs in its own transaction so an event is
 * dispatched exactly when its jobs exist.
 */
export async function dispatchEvents(deps: WorkerDeps, batch = 200): Promise<number> {
  const { db, kind, clock, registry } = deps;
  return db.transaction().execute(async (trx) => {
    const events = await pendingEvents(trx, kind, batch);
    if (events.length === 0) return 0;
    const now = clock.now().toISOString();
    const jobs = events.flatMap((e) =>
      registry.jobsForEvent({
        id: e.id,
        workspaceId: e.workspace_id,
        type: e.type,
        payload: parseJson(e.payload, {}),
        createdAt: e.created_at,
      }),
    );
    await enqueueJobs(trx, jobs, now, (t) => registry.handlers.get(t)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    await markDispatched(
      trx,
      events.map((e) => e.id),
      now,
    );
    return events.length;
  });
}

export async function enqueue(
  deps: Pick<WorkerDeps, 'db' | 'clock' | 'registry'>,
  jobs: Parameters<typeof enqueueJobs>[1],
) {
  await enqueueJobs(
    deps.db,
    jobs,
    deps.clock.now().toISOString(),
    (t) => deps.registry.handlers.get(t)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  );
}

async function runOne(deps: WorkerDeps, job: JobRow): Promise<void> {
  const handler = deps.registry.handlers.get(job.type);
  const payload = parseJson(job.payload, {});
  const jctx: JobContext = {
    db: deps.db,
    clock: deps.clock,
    log: deps.log.child({ jobId: job.id, jobType: job.type }),
    job: { id: job.id, workspaceId: job.workspace_id, attempt: job.attempts, maxAttempts: job.max_attempts },
  };
  try {
    if (!handler) throw new Error(`no handler for job type ${job.type}`);
    await handler.run(jctx, payload);
    await completeJob(deps.db, job.id, deps.clock.now().toISOString());
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const now = deps.clock.now();
    const last = job.attempts >= job.max_attempts;
    const retryAt = last ? null : new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString();
    jctx.log.warn({ err: message, attempt: job.attempts, retryAt }, 'job failed');
    await failJob(deps.db, job.id, message.slice(0, 2000), retryAt, now.toISOString());
    if (last && handler?.onDead) await handler.onDead(jctx, payload, message).catch(() => {});
  }
}

/** One pass: dispatch events, then claim and run due jobs. Returns how many jobs ran. */
export async function workOnce(deps: WorkerDeps, workerId: string, batch = 10): Promise<number> {
  await dispatchEvents(deps);
  const jobs = await claimJobs(deps.db, deps.kind, workerId, deps.clock.now().toISOString(), batch);
  for (const job of jobs) await runOne(deps, job);
  return jobs.length;
}

/** Runs until every due event and job is handled; tests use it to wait for side effects. */
export async function drain(deps: WorkerDeps, maxRounds = 10_000): Promise<void> {
  const workerId = `drain-${newId()}`;
  for (let i = 0; i < maxRounds; i++) {
    const dispatched = await dispatchEvents(deps);
    const ran = await workOnce(deps, workerId, 50);
    if (dispatched === 0 && ran === 0) return;
  }
}

export type WorkerHandle = { stop: () => Promise<void>; wake: () => void };

/** The worker role: polls for work, and wakes at once when this process commits an event. */
export function startWorker(deps: WorkerDeps, pollMs = 1000): WorkerHandle {
  const workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await requeueStale(deps.db, new Date(deps.clock.now().getTime() - STALE_AFTER_MS).toISOString());
        while (!stopped && (await workOnce(deps, workerId)) > 0) {}
      } catch (err) {
        deps.log.error({ err }, 'worker pass failed');
      }
    } while (again && !stopped);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => {
      running = null;
      if (!stopped) timer = setTimeout(tick, pollMs);
    });
  };
  timer = setTimeout(tick, 10);
  return {
    wake: () => {
      if (timer) clearTimeout(timer);
      tick();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
