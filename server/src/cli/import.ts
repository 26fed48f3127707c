import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Argument, type Command, type Option } from 'commander';
import {
  type ImportReport,
  importAccounts,
  importContacts,
  type Progress,
} from '../modules/imports/index.ts';
import { invalid } from '../platform/errors.ts';
import { cliCtx } from './context.ts';
import { type Output, print } from './output.ts';
import { withRuntime } from './runtime.ts';

type ImportOptions = Output & { workspace: string; map: string[]; dryRun?: boolean };

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerImportCommand(program: Command, json: Option) {
  program
    .command('import')
    .description('import accounts or contacts from a CSV export (Salesforce, HubSpot or our column names)')
    .addArgument(new Argument('<kind>', 'what the file holds').choices(['accounts', 'contacts']))
    .argument('<file>', 'the CSV file')
    .requiredOption('--workspace <id>', 'workspace id')
    .option(
      '--map <Column=field>',
      'map a column yourself (repeatable); field, custom.<key> or ignore',
      collect,
      [],
    )
    .option('--dry-run', 'check the file and count what would change; save nothing')
    .addOption(json)
    .addHelpText(
      'after',
      '\nImporting the same file again creates nothing: rows match by external id, domain and name.',
    )
    .action(async (kind: 'accounts' | 'contacts', file: string, o: ImportOptions) => {
      await withRuntime(o, async (rt) => {
        const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
          throw invalid(`Cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
        });
        const ctx = await cliCtx(rt, o.workspace, `import ${kind}`);
        const verb = kind === 'accounts' ? importAccounts : importContacts;
        const started = Date.now();
        const progress = progressReporter(path.basename(file));
        const report = await verb({
          ctx,
          input: { file: bytes, fileName: path.basename(file), map: o.map, dryRun: Boolean(o.dryRun) },
          onProgress: progress.update,
        }).finally(progress.stop);
        print(o, report, summary(report, Date.now() - started));
      });
    });
}

/** A bar on a terminal; in logs and pipes, one line every 10%. Always on stderr. */
function progressReporter(label: string): { update: Progress; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    });
    let started = false;
    return {
      update: ({ done, total }) => {
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update: ({ done, total }) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${label}: ${tenth * 10}% (${done}/${total} rows)\n`);
    },
    stop: () => {},
  };
}

const SHOWN_SKIPS = 20;

function rowList(rows: Array<number | null>): string {
  const numbers = rows.filter((n): n is number => n !== null);
  if (numbers.length === 0) return 'file';
  const shown =
    numbers.slice(0, 8).join(', ') + (numbers.length > 8 ? ` and ${numbers.length - 8} more` : '');
  return `${numbers.length > 1 ? 'rows' : 'row'} ${shown}`;
}
const SHOWN_WARNINGS = 5;

function summary(r: ImportReport, ms: number): string[] {
  const lines = [
    `${r.dryRun ? 'Dry run (nothing saved): ' : ''}${r.kind} from ${r.file}: ${r.total} rows read as ${r.encoding} in ${(ms / 1000).toFixed(1)} s`,
    `  ${r.dryRun ? 'would create' : 'created'} ${r.created} · ${r.dryRun ? 'would update' : 'updated'} ${r.updated} · unchanged ${r.unchanged} · skipped ${r.skipped.length} · warnings ${r.warnings.length}`,
    `  columns: ${Object.entries(r.mapping)
      .map(([c, f]) => `${c} → ${f}`)
      .join(', ')}`,
  ];
  if (r.ignoredColumns.length) lines.push(`  ignored columns: ${r.ignoredColumns.join(', ')}`);
  if (r.skipped.length) {
    lines.push('Skipped rows:');
    for (const s of r.skipped.slice(0, SHOWN_SKIPS)) lines.push(`  row ${s.row}: ${s.reason}`);
    if (r.skipped.length > SHOWN_SKIPS)
      lines.push(`  … and ${r.skipped.length - SHOWN_SKIPS} more (see --json)`);
  }
  if (r.warnings.length) {
    // The same message on many rows reads better once, with its rows.
    const groups = new Map<string, Array<number | null>>();
    for (const w of r.warnings) groups.set(w.message, [...(groups.get(w.message) ?? []), w.row]);
    lines.push(`Warnings: ${r.warnings.length}`);
    for (const [message, rows] of [...groups].slice(0, SHOWN_WARNINGS))
      lines.push(`  ${rowList(rows)}: ${message}`);
    if (groups.size > SHOWN_WARNINGS)
      lines.push(`  … and ${groups.size - SHOWN_WARNINGS} more kinds (see --json)`);
  }
  return lines;
}
