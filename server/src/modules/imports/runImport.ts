import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseInput } from '../../platform/validation.ts';
import { type Progress, type RowOutcome, runRows } from './batches.ts';
import type { ImportKind } from './columns.ts';
import { recordImport, tally } from './context.ts';
import type { CsvRow } from './parse.ts';
import { type PreparedImport, prepareImport } from './prepare.ts';
import { type ImportReport, ImportRequest } from './schemas.ts';

/**
 * What every import does around its rows: authorize, parse the request, read the file, run
 * the rows in batches (each row tallied into the report), and record one import.completed.
 */
export async function runImport<S>(opts: {
  ctx: Ctx;
  input: unknown;
  onProgress?: Progress | undefined;
  kind: ImportKind;
  state: (prepared: PreparedImport, fileName: string) => Promise<S>;
  importRow: (tx: Ctx, row: CsvRow, state: S) => Promise<RowOutcome>;
}): Promise<ImportReport> {
  const { ctx } = opts;
  authorize(ctx.actor, 'import:run');
  const data = parseInput(ImportRequest, opts.input);
  const prepared = prepareImport(opts.kind, data);
  const state = await opts.state(prepared, data.fileName);
  const { report } = prepared;
  await runRows(
    ctx,
    prepared.rows,
    { dryRun: data.dryRun, onProgress: opts.onProgress },
    (tx, row) => opts.importRow(tx, row, state),
    (row, outcome) => tally(report, row, outcome),
  );
  await recordImport(ctx, report);
  return report;
}
