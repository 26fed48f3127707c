import type { Selectable } from 'kysely';
import type { Db } from '../context.ts';
import type { DatabaseKind } from '../db/connect.ts';
import { toJson } from '../db/json.ts';
import type { JobsTable, OutboxEventsTable } from '../db/schema.ts';
import { newId } from '../ids.ts';
import type { JobRequest } from './registry.ts';

export type JobRow = Selectable<JobsTable>;
export type EventRow = Selectable<OutboxEventsTable>;

export async function enqueueJobs(
  db: Db,
  jobs: JobRequest[],
  now: string,
  maxAttempts: (type: string) => number,
) {
  if (jobs.length === 0) return;
  await db
    .insertInto('jobs')
    .values(
      jobs.map((j) => ({
        id: newId(),
        workspace_id: j.workspaceId ?? null,
        type: j.type,
        payload: toJson(j.payload),
        status: 'queued' as const,
        attempts: 0,
        max_attempts: maxAttempts(j.type),
        run_at: j.runAt ?? now,
        created_at: now,
      })),
    )
    .execute();
}

/**
 * Claims up to `limit` due jobs for one worker. On PostgreSQL, SKIP LOCKED lets workers on
 * many machines claim from the same table without taking each other's jobs; SQLite has a
 * single writer, so the plain UPDATE is already exclusive.
 */
export async function claimJobs(db: Db, kind: DatabaseKind, workerId: string, now: string, limit: number) {
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running' as const,
      locked_by: workerId,
      locked_at: now,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) => {
      let q = eb
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'queued')
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .limit(limit);
      if (kind === 'postgres') q = q.forUpdate().skipLocked();
      return q;
    })
    .returningAll()
    .execute();
}

export async function completeJob(db: Db, id: string, now: string) {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_by: null, locked_at: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Db, id: string, error: string, retryAt: string | null, now: string) {
  await db
    .updateTable('jobs')
    .set(
      retryAt
        ? { status: 'queued', run_at: retryAt, last_error: error, locked_by: null, locked_at: null }
        : { status: 'dead', last_error: error, finished_at: now, locked_by: null, locked_at: null },
    )
    .where('id', '=', id)
    .execute();
}

/** Jobs whose worker died mid-run go back to the queue. */
export async function requeueStale(db: Db, lockedBefore: string) {
  const res = await db
    .updateTable('jobs')
    .set({ status: 'queued', locked_by: null, locked_at: null })
    .where('status', '=', 'running')
    .where('locked_at', '<', lockedBefore)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteFinishedJobs(db: Db, finishedBefore: string) {
  await db
    .deleteFrom('jobs')
    .where('status', 'in', ['done'])
    .where('finished_at', '<', finishedBefore)
    .execute();
}

export async function pendingEvents(db: Db, kind: DatabaseKind, limit: number) {
  let q = db
    .selectFrom('outbox_events')
    .selectAll()
    .where('dispatched_at', 'is', null)
    .orderBy('id')
    .limit(limit);
  if (kind === 'postgres') q = q.forUpdate().skipLocked();
  return q.execute();
}

export async function markDispatched(db: Db, ids: string[], now: string) {
  if (ids.length === 0) return;
  await db.updateTable('outbox_events').set({ dispatched_at: now }).where('id', 'in', ids).execute();
}

export async function deleteDispatchedEvents(db: Db, before: string) {
  await db.deleteFrom('outbox_events').where('dispatched_at', '<', before).execute();
}

export async function countJobsByStatus(db: Db) {
  return db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
}

export async function claimScheduledRun(db: Db, name: string, now: string, next: string): Promise<boolean> {
  await db
    .insertInto('scheduled_tasks')
    .values({ name, next_run_at: now, last_run_at: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const res = await db
    .updateTable('scheduled_tasks')
    .set({ next_run_at: next, last_run_at: now })
    .where('name', '=', name)
    .where('next_run_at', '<=', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function getJob(db: Db, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}
