import type { ControlledTransaction } from 'kysely';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db/schema.ts';
import { isDomainError } from '../../platform/errors.ts';
import type { CsvRow } from './parse.ts';

export type Progress = (p: { done: number; total: number }) => void;

export type RowOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; warnings: string[] }
  | { outcome: 'skipped'; reason: string };

const BATCH = 200;
const SAVEPOINT = 'import_row';

/**
 * Runs `handle` for every row, about 200 rows per transaction, each row inside a savepoint:
 * a row that fails is rolled back alone and reported, and never aborts the file. A dry run
 * is one transaction rolled back at the end, so its counts are exactly what an import would
 * do (including rows that repeat earlier rows of the same file).
 */
export async function runRows(
  ctx: Ctx,
  rows: CsvRow[],
  opts: { dryRun: boolean; onProgress?: Progress | undefined },
  handle: (tx: Ctx, row: CsvRow) => Promise<RowOutcome>,
  record: (row: CsvRow, outcome: RowOutcome) => void,
): Promise<void> {
  if (ctx.db.isTransaction) throw new Error('imports open their own transactions; call them outside one');
  const size = opts.dryRun ? Math.max(rows.length, 1) : BATCH;
  let done = 0;
  opts.onProgress?.({ done, total: rows.length });
  for (let start = 0; start < rows.length; start += size) {
    const trx = await ctx.db.startTransaction().execute();
    try {
      for (const row of rows.slice(start, start + size)) {
        record(row, await inSavepoint(ctx, trx, row, handle));
        done++;
        opts.onProgress?.({ done, total: rows.length });
      }
      if (opts.dryRun) await trx.rollback().execute();
      else await trx.commit().execute();
    } catch (err) {
      if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
      throw err;
    }
  }
}

async function inSavepoint(
  ctx: Ctx,
  trx: ControlledTransaction<Database>,
  row: CsvRow,
  handle: (tx: Ctx, row: CsvRow) => Promise<RowOutcome>,
): Promise<RowOutcome> {
  const sp = await trx.savepoint(SAVEPOINT).execute();
  try {
    const outcome = await handle({ ...ctx, db: trx }, row);
    await sp.releaseSavepoint(SAVEPOINT).execute();
    return outcome;
  } catch (err) {
    const back = await sp.rollbackToSavepoint(SAVEPOINT).execute();
    await back.releaseSavepoint(SAVEPOINT).execute();
    if (isDomainError(err)) return { outcome: 'skipped', reason: err.message };
    ctx.log.warn({ err, row: row.row }, 'import row failed');
    return {
      outcome: 'skipped',
      reason: `could not be saved: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}
