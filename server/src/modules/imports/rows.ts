import { type ContactRole, Email, type Stage, type Tier } from '@trustcircle/contracts';
import type { ColumnPlan, Mapping } from './columns.ts';
import {
  namespacedId,
  normalizeCountry,
  parseBool,
  parseDate,
  parseDomain,
  parseNumber,
  parseRole,
  parseStage,
  parseTags,
  parseTier,
} from './values.ts';

/** One account row read through the mapping: only what the file says, nothing looked up. */
export type AccountRow = {
  externalId: string | null;
  name: string | null;
  domain: string | null;
  stage: Stage | null;
  tier: Tier | null;
  arr: number | null;
  mrr: number | null;
  renewalDate: string | null;
  contractStart: string | null;
  tags: string[];
  owner: string | null;
  customFields: Record<string, string | number>;
  deleted: boolean;
  warnings: string[];
};

export type ContactRow = {
  externalId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  role: ContactRole | null;
  account: { externalId: string | null; name: string | null; domain: string | null };
  deleted: boolean;
  warnings: string[];
};

const NUMERIC_CUSTOM = new Set(['annualRevenue', 'employees']);
const MAX_TEXT = 2000;

/** The non-empty cells of a row by field, plus a warning for values beyond the header. */
function cellsByField(cells: string[], mapping: Mapping, headerLength: number, warnings: string[]) {
  const out = new Map<string, { value: string; plan: ColumnPlan }>();
  for (const plan of mapping.columns) {
    const value = cells[plan.index]?.trim() ?? '';
    if (value !== '') out.set(plan.field, { value, plan });
  }
  const extra = cells.slice(headerLength).filter((c) => c.trim() !== '').length;
  if (extra > 0) warnings.push(`${extra} value(s) beyond the last column were ignored`);
  return out;
}

export function readAccountRow(cells: string[], mapping: Mapping, headerLength: number): AccountRow {
  const warnings: string[] = [];
  const f = cellsByField(cells, mapping, headerLength, warnings);
  const text = (field: string) => f.get(field)?.value ?? null;
  const id = f.get('externalId');
  const row: AccountRow = {
    externalId: id ? namespacedId(id.plan.namespace, id.value) : null,
    name: text('name'),
    domain: null,
    stage: null,
    tier: null,
    arr: money(text('arr'), 'ARR', warnings),
    mrr: money(text('mrr'), 'MRR', warnings),
    renewalDate: date(text('renewalDate'), 'renewal date', warnings),
    contractStart: date(text('contractStart'), 'contract start', warnings),
    tags: parseTags(text('tags') ?? ''),
    owner: text('ownerEmail'),
    customFields: {},
    deleted: parseBool(text('deleted') ?? ''),
    warnings,
  };
  const website = text('domain');
  if (website) {
    row.domain = parseDomain(website);
    if (!row.domain) warnings.push(`website "${website}" is not a domain; imported without one`);
  }
  const stage = text('stage');
  if (stage) {
    const parsed = parseStage(stage);
    row.stage = parsed.stage;
    if (!parsed.known) warnings.push(`stage "${stage}" is not one we know; left as it was`);
  }
  const tier = text('tier');
  if (tier) {
    row.tier = parseTier(tier);
    if (!row.tier) warnings.push(`tier "${tier}" is not strategic, enterprise, growth or starter; ignored`);
  }
  for (const [field, { value }] of f) {
    if (!field.startsWith('custom.')) continue;
    const key = field.slice('custom.'.length);
    row.customFields[key] = customValue(key, value, warnings);
  }
  if (row.name && /^\?+$/.test(row.name)) {
    warnings.push(
      'the name is only question marks (its characters were lost before export); imported as it is',
    );
  }
  return row;
}

function customValue(key: string, value: string, warnings: string[]): string | number {
  if (NUMERIC_CUSTOM.has(key)) return parseNumber(value) ?? value;
  if (key === 'country') return normalizeCountry(value);
  if (value.length > MAX_TEXT) {
    warnings.push(`${key} was longer than ${MAX_TEXT} characters and was cut`);
    return value.slice(0, MAX_TEXT);
  }
  return value;
}

function money(raw: string | null, label: string, warnings: string[]): number | null {
  if (raw === null) return null;
  const n = parseNumber(raw);
  if (n === null || n < 0) {
    warnings.push(`${label} "${raw}" is not an amount; ignored`);
    return null;
  }
  return n;
}

function date(raw: string | null, label: string, warnings: string[]): string | null {
  if (raw === null) return null;
  const d = parseDate(raw);
  if (!d) warnings.push(`${label} "${raw}" is not a date (use YYYY-MM-DD); ignored`);
  return d;
}

export function readContactRow(cells: string[], mapping: Mapping, headerLength: number): ContactRow {
  const warnings: string[] = [];
  const f = cellsByField(cells, mapping, headerLength, warnings);
  const text = (field: string) => f.get(field)?.value ?? null;
  const id = f.get('externalId');
  const row: ContactRow = {
    externalId: id ? namespacedId(id.plan.namespace, id.value) : null,
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: null,
    phone: text('phone'),
    title: text('title'),
    role: null,
    account: {
      externalId: accountRef(f.get('accountExternalId'), warnings),
      name: text('accountName'),
      domain: null,
    },
    deleted: parseBool(text('deleted') ?? ''),
    warnings,
  };
  const email = text('email');
  if (email) {
    const parsed = Email.safeParse(email);
    row.email = parsed.success ? parsed.data : null;
    if (!parsed.success) warnings.push(`"${email}" is not an email address; imported without one`);
  }
  const domain = text('accountDomain');
  if (domain) row.account.domain = parseDomain(domain);
  const role = text('role');
  if (role) {
    row.role = parseRole(role);
    if (!row.role)
      warnings.push(`role "${role}" is not champion, decision maker, executive sponsor or user; ignored`);
  }
  fillName(row, text('name'), warnings);
  return row;
}

/** HubSpot may list several associated companies ("12;34"): the first is the primary one. */
function accountRef(cell: { value: string; plan: ColumnPlan } | undefined, warnings: string[]) {
  if (!cell) return null;
  const ids = cell.value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length > 1)
    warnings.push(`associated with ${ids.length} companies; linked to the first (${ids[0]})`);
  return namespacedId(cell.plan.namespace, ids[0] ?? '');
}

/** First and last name from separate columns, a full name, or at worst the email address. */
function fillName(row: ContactRow, fullName: string | null, warnings: string[]) {
  if (!row.firstName && !row.lastName && fullName) {
    const cut = fullName.lastIndexOf(' ');
    row.firstName = cut > 0 ? fullName.slice(0, cut).trim() : fullName;
    row.lastName = cut > 0 ? fullName.slice(cut + 1).trim() : null;
  }
  if (!row.firstName && row.lastName) {
    // Salesforce requires only a last name; ours needs a first one to show.
    row.firstName = row.lastName;
    row.lastName = null;
  }
  if (!row.firstName && row.email) {
    row.firstName = row.email.split('@')[0] ?? row.email;
    warnings.push('no name; the email address stands in for it');
  }
}
