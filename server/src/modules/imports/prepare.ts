import { invalid } from '../../platform/errors.ts';
import { detectMapping, type ImportKind, type Mapping, mappingReport } from './columns.ts';
import { decodeCsvBytes } from './decode.ts';
import { type CsvRow, parseCsv } from './parse.ts';
import type { ImportReport } from './schemas.ts';
import { SALESFORCE_OBJECT } from './values.ts';

export type PreparedImport = { rows: CsvRow[]; mapping: Mapping; headerLength: number; report: ImportReport };

const SAMPLE_ROWS = 50;

/**
 * Bytes → text → rows → column mapping, with the file-level checks. Throws VALIDATION for a
 * file that cannot be imported at all; row-level trouble is left for the report. Pure.
 */
export function prepareImport(
  kind: ImportKind,
  input: { file: Uint8Array; fileName: string; map: string[]; dryRun: boolean },
): PreparedImport {
  const decoded = decodeCsvBytes(input.file);
  const table = parseCsv(decoded.text);
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells);
  const mapping = detectMapping(kind, table.header, sample, input.map);
  assertUsable(kind, table.header, mapping);
  assertSalesforceObject(kind, mapping, sample);
  const report: ImportReport = {
    file: input.fileName,
    kind,
    total: table.rows.length + table.unreadable.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: [...table.unreadable],
    warnings: decoded.warning ? [{ row: null, message: decoded.warning }] : [],
    mapping: mappingReport(mapping),
    ignoredColumns: mapping.ignored,
    encoding: decoded.encoding,
    dryRun: input.dryRun,
  };
  return { rows: table.rows, mapping, headerLength: table.header.length, report };
}

const has = (m: Mapping, ...fields: string[]) => m.columns.some((c) => fields.includes(c.field));

function assertUsable(kind: ImportKind, header: string[], m: Mapping) {
  const shown = header.slice(0, 8).join(', ') + (header.length > 8 ? ', …' : '');
  if (m.columns.length === 0) {
    throw invalid(
      `None of the columns (${shown}) is one we know. Is this a CSV export of ${kind}? Map columns with Column=field.`,
    );
  }
  if (kind === 'accounts' && !has(m, 'name')) {
    throw invalid(
      'No column holds the account name (we look for Name, Account Name, Company name). Map one with Column=name.',
    );
  }
  if (kind === 'contacts' && !has(m, 'firstName', 'lastName', 'name', 'email')) {
    throw invalid(
      'No column holds the contact name or email (First Name, Last Name, Email). Map one with Column=field.',
    );
  }
  if (kind === 'contacts' && !has(m, 'accountExternalId', 'accountName', 'accountDomain')) {
    throw invalid(
      'No column says which account a contact belongs to (AccountId, Associated Company, Account Name). Map one with Column=accountName.',
    );
  }
}

/**
 * Salesforce ids start with their object's key prefix; an Opportunity export imported as
 * accounts would otherwise turn deals into companies.
 */
function assertSalesforceObject(kind: ImportKind, m: Mapping, sample: string[][]) {
  const id = m.columns.find((c) => c.field === 'externalId' && c.namespace === 'salesforce');
  if (!id) return;
  const expected = kind === 'accounts' ? '001' : '003';
  const prefixes = sample.map((cells) => cells[id.index]?.trim().slice(0, 3) ?? '').filter(Boolean);
  const other = prefixes.filter((p) => p !== expected);
  const prefix = other[0];
  if (!prefix || other.length * 2 <= prefixes.length) return;
  const object = SALESFORCE_OBJECT[prefix];
  const what = object ? `a Salesforce ${object} export` : 'a Salesforce export of another object';
  throw invalid(
    `This looks like ${what} (its ids start with ${prefix}), not ${kind}. Export ${kind === 'accounts' ? 'Accounts' : 'Contacts'} instead.`,
  );
}
