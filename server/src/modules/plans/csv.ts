import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

/**
 * Rows to a CSV document for spreadsheets: a byte order mark so they read UTF-8, CRLF line
 * ends, every field with a line break quoted, and a cell that would run as a formula
 * ("=HYPERLINK(…)") written as text.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(rows as Cell[][], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => String(v) },
  });
}

/**
 * A Content-Disposition for a download named after a title: a plain ASCII `filename` for old
 * clients and the exact title as `filename*` (RFC 6266) for the rest.
 */
export function attachment(title: string, extension: string): string {
  const ascii =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'export';
  const exact = encodeURIComponent(`${title.trim() || 'export'}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${exact}`;
}
