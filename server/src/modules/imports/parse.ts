import { parse } from 'csv-parse/sync';
import { invalid } from '../../platform/errors.ts';

/** One data row: `row` is the number a spreadsheet shows for it (the header is row 1). */
export type CsvRow = { row: number; cells: string[] };

export type CsvTable = {
  header: string[];
  rows: CsvRow[];
  /** Rows that are not readable CSV (a stray quote…): reported, never silently dropped. */
  unreadable: Array<{ row: number; reason: string }>;
  delimiter: string;
};

const MAX_UNREADABLE = 1000;

/**
 * Parses CSV text into a header and numbered rows. A row that breaks the CSV rules is
 * reported and parsing resumes on the next line, so one bad row never loses the rest of
 * the file. Pure.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  const unreadable: CsvTable['unreadable'] = [];
  let rest = text;
  for (;;) {
    const pass = parsePass(rest, delimiter);
    for (const r of pass.records) records.push(r);
    if (!pass.error) break;
    if (records.length === 0) throw invalid(`The header row is not valid CSV: ${pass.error.message}`);
    unreadable.push({
      row: records.length + unreadable.length + 1,
      reason: `not valid CSV: ${pass.error.message}`,
    });
    if (unreadable.length > MAX_UNREADABLE)
      throw invalid('This file does not look like CSV: too many rows cannot be read');
    // The broken record starts on the line after the last good one; skip just that line.
    rest = afterLines(rest, pass.error.linesRead + 1);
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h === '')) throw invalid('The file has no header row');
  const rows: CsvRow[] = [];
  // Row numbers count unreadable rows too, as a spreadsheet would show them.
  const unreadableRows = new Set(unreadable.map((u) => u.row));
  let row = 1;
  for (const cells of data) {
    row++;
    while (unreadableRows.has(row)) row++;
    if (cells.every((c) => c === '')) continue;
    rows.push({ row, cells });
  }
  const mostlyBroken = unreadable.length > 10 && unreadable.length > rows.length;
  if (unreadable.length > 0 && (rows.length === 0 || mostlyBroken)) {
    throw invalid(
      `This file does not look like CSV: ${unreadable.length} of ${rows.length + unreadable.length} rows cannot be read (${unreadable[0]?.reason})`,
    );
  }
  return { header: header.map((h) => h.trim()), rows, unreadable, delimiter };
}

type Pass = { records: string[][]; error: { message: string; linesRead: number } | null };

function parsePass(text: string, delimiter: string): Pass {
  const records: string[][] = [];
  let linesRead = 0;
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        records.push(record);
        linesRead = context.lines;
        return null;
      },
    });
    return { records, error: null };
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/ at line \d+$/, '') : String(err);
    return { records, error: { message, linesRead } };
  }
}

/** The text after its first `n` lines (CRLF, LF or CR line ends). */
function afterLines(text: string, n: number): string {
  const re = /\r\n|\n|\r/g;
  for (let i = 0; i < n; i++) {
    if (!re.exec(text)) return '';
  }
  return text.slice(re.lastIndex);
}

/** Comma unless the header row clearly uses semicolons (European Excel) or tabs. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates: Array<[string, number]> = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ];
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}
