import { invalid } from '../../platform/errors.ts';
import { looksLikeSalesforceId, type Namespace, normalizeKey } from './values.ts';

export type ImportKind = 'accounts' | 'contacts';

/** One column of the file and what it fills. `namespace` applies to id columns only. */
export type ColumnPlan = { index: number; column: string; field: string; namespace: Namespace };

export type Mapping = { columns: ColumnPlan[]; ignored: string[] };

export const ACCOUNT_FIELDS = [
  'name',
  'domain',
  'stage',
  'tier',
  'arr',
  'mrr',
  'renewalDate',
  'contractStart',
  'tags',
  'ownerEmail',
  'externalId',
  'deleted',
] as const;

export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'title',
  'role',
  'externalId',
  'accountExternalId',
  'accountName',
  'accountDomain',
  'deleted',
] as const;

type Alias = { field: string; namespace?: Namespace | 'salesforce?' };

// Keys are normalised headers (see normalizeKey): Salesforce API names ("BILLINGCOUNTRY"),
// Salesforce report labels ("Account Name"), HubSpot export labels ("Company Domain Name")
// and our own field names all meet here. "salesforce?" means: a Salesforce id if the values
// look like one, else an id of some other system.
const ACCOUNT_ALIASES: Record<string, Alias> = {
  id: { field: 'externalId', namespace: 'salesforce?' },
  accountid: { field: 'externalId', namespace: 'salesforce?' },
  recordid: { field: 'externalId', namespace: 'hubspot' },
  hsobjectid: { field: 'externalId', namespace: 'hubspot' },
  externalid: { field: 'externalId' },
  name: { field: 'name' },
  accountname: { field: 'name' },
  companyname: { field: 'name' },
  company: { field: 'name' },
  domain: { field: 'domain' },
  website: { field: 'domain' },
  companydomainname: { field: 'domain' },
  websiteurl: { field: 'domain' },
  stage: { field: 'stage' },
  type: { field: 'stage' },
  accounttype: { field: 'stage' },
  lifecyclestage: { field: 'stage' },
  tier: { field: 'tier' },
  arr: { field: 'arr' },
  mrr: { field: 'mrr' },
  renewaldate: { field: 'renewalDate' },
  contractstart: { field: 'contractStart' },
  contractstartdate: { field: 'contractStart' },
  tags: { field: 'tags' },
  owneremail: { field: 'ownerEmail' },
  owner: { field: 'ownerEmail' },
  accountowner: { field: 'ownerEmail' },
  companyowner: { field: 'ownerEmail' },
  isdeleted: { field: 'deleted' },
  // A company's own revenue and size describe the customer, not what they pay us: custom fields.
  industry: { field: 'custom.industry' },
  annualrevenue: { field: 'custom.annualRevenue' },
  numberofemployees: { field: 'custom.employees' },
  employees: { field: 'custom.employees' },
  billingcountry: { field: 'custom.country' },
  country: { field: 'custom.country' },
  countryregion: { field: 'custom.country' },
  billingstreet: { field: 'custom.street' },
  streetaddress: { field: 'custom.street' },
  billingcity: { field: 'custom.city' },
  city: { field: 'custom.city' },
  billingstate: { field: 'custom.state' },
  billingstateprovince: { field: 'custom.state' },
  stateregion: { field: 'custom.state' },
  billingpostalcode: { field: 'custom.postalCode' },
  billingzippostalcode: { field: 'custom.postalCode' },
  postalcode: { field: 'custom.postalCode' },
  phone: { field: 'custom.phone' },
  phonenumber: { field: 'custom.phone' },
  // A Salesforce user id cannot be matched to a member; kept so nothing is lost.
  ownerid: { field: 'custom.sfOwnerId' },
};

const CONTACT_ALIASES: Record<string, Alias> = {
  id: { field: 'externalId', namespace: 'salesforce?' },
  contactid: { field: 'externalId', namespace: 'salesforce?' },
  recordid: { field: 'externalId', namespace: 'hubspot' },
  hsobjectid: { field: 'externalId', namespace: 'hubspot' },
  externalid: { field: 'externalId' },
  firstname: { field: 'firstName' },
  lastname: { field: 'lastName' },
  name: { field: 'name' },
  fullname: { field: 'name' },
  email: { field: 'email' },
  emailaddress: { field: 'email' },
  phone: { field: 'phone' },
  phonenumber: { field: 'phone' },
  title: { field: 'title' },
  jobtitle: { field: 'title' },
  role: { field: 'role' },
  accountid: { field: 'accountExternalId', namespace: 'salesforce?' },
  primaryassociatedcompanyid: { field: 'accountExternalId', namespace: 'hubspot' },
  associatedcompanyids: { field: 'accountExternalId', namespace: 'hubspot' },
  associatedcompanyid: { field: 'accountExternalId', namespace: 'hubspot' },
  accountexternalid: { field: 'accountExternalId' },
  accountname: { field: 'accountName' },
  associatedcompany: { field: 'accountName' },
  company: { field: 'accountName' },
  companyname: { field: 'accountName' },
  account: { field: 'accountName' },
  accountdomain: { field: 'accountDomain' },
  companydomainname: { field: 'accountDomain' },
  isdeleted: { field: 'deleted' },
};

const FIELD_SYNONYMS: Record<string, string> = { owner: 'ownerEmail' };

/**
 * Decides which column fills which field: the user's "Column=field" lines first, then the
 * known CRM names. The first column for a field wins; later ones are ignored and listed.
 */
export function detectMapping(
  kind: ImportKind,
  header: string[],
  sample: string[][],
  userMap: string[] = [],
): Mapping {
  const user = parseUserMap(kind, header, userMap);
  const aliases = kind === 'accounts' ? ACCOUNT_ALIASES : CONTACT_ALIASES;
  const columns: ColumnPlan[] = [];
  const ignored: string[] = [];
  // The user's choices are taken first, so a known column cannot claim their field.
  const taken = new Set([...user.values()].filter((f) => f !== 'ignore'));
  header.forEach((column, index) => {
    const chosen = user.get(index);
    const alias: Alias | undefined = chosen ? { field: chosen } : aliases[normalizeKey(column)];
    const claimedByOther = !chosen && alias && taken.has(alias.field);
    if (!alias || alias.field === 'ignore' || claimedByOther || column === '') {
      ignored.push(column || `(column ${index + 1})`);
      return;
    }
    taken.add(alias.field);
    columns.push({ index, column, field: alias.field, namespace: namespaceFor(alias, index, sample) });
  });
  return { columns, ignored };
}

function namespaceFor(alias: Alias, index: number, sample: string[][]): Namespace {
  if (alias.namespace !== 'salesforce?') return alias.namespace ?? 'csv';
  const values = sample.map((cells) => cells[index]?.trim() ?? '').filter(Boolean);
  return values.length > 0 && values.every(looksLikeSalesforceId) ? 'salesforce' : 'csv';
}

/** "Column=field" lines → column index → field. Unknown columns or fields are refused. */
function parseUserMap(kind: ImportKind, header: string[], lines: string[]): Map<number, string> {
  const out = new Map<number, string>();
  const fields: readonly string[] = kind === 'accounts' ? ACCOUNT_FIELDS : CONTACT_FIELDS;
  for (const line of lines) {
    const eq = line.lastIndexOf('=');
    const column = line.slice(0, eq).trim();
    const rawField = line.slice(eq + 1).trim();
    const field = FIELD_SYNONYMS[rawField] ?? rawField;
    if (eq < 1 || field === '') throw invalid(`map: "${line}" is not Column=field`);
    const index = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (index < 0) {
      throw invalid(`map: the file has no column "${column}" (columns: ${header.join(', ')})`);
    }
    const custom = /^custom\.[A-Za-z0-9_ -]{1,60}$/.test(field);
    if (custom && kind === 'contacts') throw invalid('map: contacts have no custom fields');
    if (!custom && field !== 'ignore' && !fields.includes(field)) {
      throw invalid(
        `map: "${field}" is not a field of ${kind} (use one of ${fields.join(', ')}${kind === 'accounts' ? ', custom.<key>' : ''} or ignore)`,
      );
    }
    if (field !== 'ignore' && [...out.values()].includes(field)) {
      throw invalid(`map: two columns are mapped to ${field}`);
    }
    out.set(index, field);
  }
  return out;
}

export const mappingReport = (m: Mapping): Record<string, string> =>
  Object.fromEntries(m.columns.map((c) => [c.column, c.field]));
