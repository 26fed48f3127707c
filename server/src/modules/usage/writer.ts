import { SqliteAdapter } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { Ctx, Db } from '../../platform/context.ts';
import { createGroupCommitter } from '../../platform/db/groupCommit.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { applySubmission, mergeSubmissions, type Submission } from './applyEvents.ts';
import { drainFigures, refreshAfterCommit } from './figures.ts';
import { IdentityCache } from './identities.ts';

/**
 * Where accepted events go to be committed. `submit` resolves once the submission is on
 * disk: the caller's 200 waits for it.
 */
export type IngestionWriter = {
  submit: (submission: Submission, weight: number) => Promise<void>;
  /** Events waiting or being written: beyond a limit callers are told to come back. */
  pending: () => number;
  /** Resolves once everything submitted so far is committed and counted. */
  drain: () => Promise<void>;
};

/** People kept in memory between flushes on the embedded database (about 300 bytes each). */
const IDENTITIES_CACHED = 50_000;

/**
 * better-sqlite3 writes synchronously: requests that arrive during a flush are read only after
 * it. A short pause after each flush under load lets them join the next one, and larger
 * transactions cost less an event (measured with 8 clients: 4.5 requests a flush without the
 * pause, 7 with it, and about 15% more events a second). A quiet server does not wait: the
 * pause counts from the end of the previous flush. PostgreSQL reads requests during a write.
 */
const SQLITE_COMMIT_DELAY_MS = 8;

const writers = new WeakMap<Db, IngestionWriter>();

/** The writer of a database, made on first use. */
export function writerFor(ctx: Pick<Ctx, 'db' | 'clock' | 'log'>): IngestionWriter {
  let w = writers.get(ctx.db);
  if (!w) {
    w = createIngestionCommitter(ctx.db, ctx.clock, ctx.log);
    writers.set(ctx.db, w);
  }
  return w;
}

/** Waits for what was submitted to this database's writer so far, if it has one. */
export async function drainWriter(db: Db) {
  await writers.get(db)?.drain();
}

/**
 * Group commit of submissions: each flush is one transaction, with the requests of one
 * source merged into one submission; the account figures are refreshed after the commit.
 */
export function createIngestionCommitter(db: Db, clock: Clock, log: Logger): IngestionWriter {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const cache = sqlite ? new IdentityCache(IDENTITIES_CACHED) : null;
  const committer = createGroupCommitter<Submission>({
    maxWeight: 5_000,
    spacingMs: sqlite ? SQLITE_COMMIT_DELAY_MS : 0,
    write: async (items) => {
      const touched = await db.transaction().execute(async (trx) => {
        const out = [];
        for (const item of mergeSubmissions(items)) {
          const applied = await applySubmission({ ...item, ctx: { ...item.ctx, db: trx } }, cache);
          out.push({ workspaceId: item.ctx.workspace.id, ...applied });
        }
        return out;
      });
      for (const t of touched) cache?.remember(t.workspaceId, t.people);
      refreshAfterCommit(db, clock, log, touched);
    },
    onError: (err, items) => log.error({ err, items }, 'ingestion batch failed'),
  });
  return {
    submit: (s, weight) => committer.submit(s, weight),
    pending: committer.pending,
    drain: async () => {
      await committer.drain();
      await drainFigures(db);
    },
  };
}
