import {
  CONTACT_ROLES,
  type ContactRole,
  Domain,
  type Stage,
  TIERS,
  type Tier,
} from '@trustcircle/contracts';

/** How values in CRM exports read as ours. Pure functions, each returns null for "cannot tell". */

/** Lower case, letters and digits only: "Account Name", "ACCOUNT_NAME" and "accountName" meet. */
export const normalizeKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** "$1,200.50", "6.0E7", "1.234,5" (European), "12 000" → numbers. */
export function parseNumber(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0$€£¥]|USD|EUR|GBP/gi, '');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^-?\d+,\d{1,2}$/.test(s)) {
    s = s.replace(/\./g, '').replace(',', '.');
  } else {
    s = s.replace(/,/g, '');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** ISO dates and datetimes (Salesforce), and the US M/D/YYYY of report exports → YYYY-MM-DD. */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export const parseTags = (raw: string): string[] =>
  [
    ...new Set(
      raw
        .split(/[;,|]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].slice(0, 20);

export const parseBool = (raw: string): boolean =>
  ['true', '1', 'yes', 'y'].includes(raw.trim().toLowerCase());

/** A website or domain → "acme.com", or null when it is not a domain. */
export function parseDomain(raw: string): string | null {
  const r = Domain.safeParse(raw);
  return r.success ? r.data : null;
}

/**
 * Our stages from Salesforce Account Type and HubSpot Lifecycle Stage (labels or internal
 * values). Partners, resellers, analysts and competitors are not on a customer's path: they
 * start as strangers. "Other" says nothing, so it maps to nothing.
 */
const STAGE_OF: Record<string, Stage | null> = {
  stranger: 'stranger',
  prospect: 'prospect',
  customer: 'customer',
  advocate: 'advocate',
  churned: 'churned',
  // Salesforce Account.Type
  customerdirect: 'customer',
  customerchannel: 'customer',
  formercustomer: 'churned',
  excustomer: 'churned',
  lostcustomer: 'churned',
  channelpartnerreseller: 'stranger',
  installationpartner: 'stranger',
  technologypartner: 'stranger',
  partner: 'stranger',
  reseller: 'stranger',
  integrator: 'stranger',
  analyst: 'stranger',
  competitor: 'stranger',
  press: 'stranger',
  investor: 'stranger',
  vendor: 'stranger',
  other: null,
  // HubSpot lifecycle stages
  subscriber: 'stranger',
  lead: 'prospect',
  marketingqualifiedlead: 'prospect',
  salesqualifiedlead: 'prospect',
  opportunity: 'prospect',
  evangelist: 'advocate',
};

export function parseStage(raw: string): { stage: Stage | null; known: boolean } {
  const key = normalizeKey(raw);
  if (!(key in STAGE_OF)) return { stage: null, known: false };
  return { stage: STAGE_OF[key] ?? null, known: true };
}

export function parseTier(raw: string): Tier | null {
  const key = normalizeKey(raw);
  return (TIERS as readonly string[]).includes(key) ? (key as Tier) : null;
}

export function parseRole(raw: string): ContactRole | null {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (CONTACT_ROLES as readonly string[]).includes(key) ? (key as ContactRole) : null;
}

const COUNTRY_OF: Record<string, string> = {
  usa: 'US',
  unitedstates: 'US',
  unitedstatesofamerica: 'US',
  us: 'US',
  canada: 'CA',
  unitedkingdom: 'GB',
  uk: 'GB',
  greatbritain: 'GB',
  england: 'GB',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  spain: 'ES',
  espana: 'ES',
  italy: 'IT',
  netherlands: 'NL',
  ireland: 'IE',
  japan: 'JP',
  mexico: 'MX',
  australia: 'AU',
  india: 'IN',
  brazil: 'BR',
};

/** ISO 3166 two-letter codes where the file spells a country out ("United States" → "US"). */
export function normalizeCountry(raw: string): string {
  const s = raw.trim();
  if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
  return COUNTRY_OF[normalizeKey(s)] ?? s;
}

const SF_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export const looksLikeSalesforceId = (s: string) => SF_ID.test(s.trim()) && /\d/.test(s);

/**
 * Salesforce ids come case-sensitive with 15 characters (reports) or case-safe with 18 (API,
 * Data Loader). The 18-character form adds a checksum of the case; we always store it, so the
 * same record matches whichever export it came from.
 */
export function salesforceId18(raw: string): string {
  const id = raw.trim();
  if (id.length !== 15) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SF_SUFFIX.charAt(bits);
  }
  return id + suffix;
}

export type Namespace = 'salesforce' | 'hubspot' | 'csv';

const NAMESPACED = /^(salesforce|hubspot|csv|demo):./;

/** "salesforce:001…", "hubspot:123", "csv:A-17": ids from different systems never collide. */
export function namespacedId(namespace: Namespace, raw: string): string | null {
  const v = raw.trim();
  if (v === '') return null;
  if (NAMESPACED.test(v)) return v;
  return `${namespace}:${namespace === 'salesforce' ? salesforceId18(v) : v}`;
}

export const namespaceOf = (externalId: string | null) => externalId?.split(':')[0] ?? null;

/** What kind of Salesforce record an id is, from its three-character key prefix. */
export const SALESFORCE_OBJECT: Record<string, string> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '00T': 'Task',
  '00U': 'Event',
  '500': 'Case',
  '701': 'Campaign',
  '800': 'Contract',
};
