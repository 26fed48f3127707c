import type { Clock } from '../../platform/clock.ts';
import type { Ctx, Db } from '../../platform/context.ts';
import { createGroupCommitter } from '../../platform/db/groupCommit.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { applySubmission, type Learned, mergeSubmissions, type Submission } from './applyEvents.ts';
import { GroupAccountGone } from './directory.ts';
import { FlushView, identityCacheFor } from './identities.ts';
import { confirmReceipt, dropReceipt, FlushReceipt, holdReceipt } from './receipts.ts';
import { requestRollups } from './rollupRunner.ts';

/**
 * Where accepted events go to be committed. `submit` resolves once the submission is on
 * disk: the caller's 200 waits for it.
 */
export type IngestionWriter = {
  submit: (submission: Submission, weight: number) => Promise<void>;
  /** Events waiting or being written: beyond a limit callers are told to come back. */
  pending: () => number;
  /** Resolves once everything submitted so far is committed. */
  drain: () => Promise<void>;
};

const writers = new WeakMap<Db, IngestionWriter>();

/** The writer of a database, made on first use. */
export function writerFor(ctx: Pick<Ctx, 'db' | 'clock' | 'log'>): IngestionWriter {
  let w = writers.get(ctx.db);
  if (!w) {
    w = createIngestionCommitter(ctx.db, ctx.clock, ctx.log);
    writers.set(ctx.db, w);
    // Events a crash left uncounted are counted now, not at the next scheduled pass.
    requestRollups(ctx.db, ctx.clock, ctx.log);
  }
  return w;
}

/** Waits for what was submitted to this database's writer so far, if it has one. */
export async function drainWriter(db: Db) {
  await writers.get(db)?.drain();
}

/**
 * Group commit of submissions: each flush is one transaction, with the requests of one
 * source merged into one submission; a rollup pass is asked for after the commit.
 * The identity cache is there exactly when this process is the database's only writer.
 */
export function createIngestionCommitter(db: Db, clock: Clock, log: Logger): IngestionWriter {
  const cache = identityCacheFor(db);
  const committer = createGroupCommitter<Submission>({
    maxWeight: 5_000,
    // PostgreSQL: two flushes in flight, so the next is prepared while one waits on the
    // database (measured: about a third more events/s). Concurrent flushes are safe there
    // already (several servers ingest side by side; see attributedMeanwhile). SQLite has
    // one connection: a second flush would only queue behind the first.
    concurrency: cache ? 1 : 2,
    retryWhole: worthRetryingWhole,
    write: async (items) => {
      const receipt = new FlushReceipt();
      let learned: Array<[string, Learned]>;
      let asOf = 0;
      try {
        learned = await db.transaction().execute(async (trx) => {
          asOf = cache?.open() ?? 0;
          const out: Array<[string, Learned]> = [];
          const view = cache ? new FlushView(cache) : null;
          for (const item of mergeSubmissions(items)) {
            const got = await applySubmission({ ...item, ctx: { ...item.ctx, db: trx } }, view, receipt);
            view?.wrote(item.ctx.workspace.id, got.people, got.groups);
            out.push([item.ctx.workspace.id, got]);
          }
          // Held before the commit: a pass that sees the rows committed finds their receipt
          // even when the commit's answer has not reached us yet (else it reads the table).
          holdReceipt(db, receipt);
          return out;
        });
      } catch (err) {
        dropReceipt(db, receipt);
        // A deleted row the cache still named (deleted by another process): read afresh.
        if (referencesDeletedRow(err)) cache?.clear();
        throw err;
      }
      for (const [workspaceId, got] of learned) cache?.remember(workspaceId, got, asOf);
      confirmReceipt(db, receipt);
      if (receipt.rows > 0 || receipt.refiled) requestRollups(db, clock, log);
    },
    onError: (err, items) => log.error({ err, items }, 'ingestion batch failed'),
  });
  return {
    submit: (s, weight) => committer.submit(s, weight),
    pending: committer.pending,
    drain: () => committer.drain(),
  };
}

/**
 * Failures worth one more try of the whole flush before its requests are split. Two
 * flushes meeting on the same people or a new group's account: PostgreSQL aborts one
 * (deadlock, or the unique key the other just took). An account or contact deleted while
 * the flush ran: the database refuses the link to it, or the group's account is gone. Tried
 * again, the flush sees the other's work, or no link to the deleted row.
 */
function worthRetryingWhole(err: unknown): boolean {
  return ['40P01', '40001', '23505'].includes(errorCode(err)) || referencesDeletedRow(err);
}

const referencesDeletedRow = (err: unknown) =>
  err instanceof GroupAccountGone || ['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY'].includes(errorCode(err));

const errorCode = (err: unknown): string => (err as { code?: unknown } | null)?.code?.toString() ?? '';
