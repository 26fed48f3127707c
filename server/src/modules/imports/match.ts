import type { Account } from '@trustcircle/contracts';
import { namespaceOf } from './values.ts';

/**
 * The workspace's accounts by external id, domain and normalised name, kept current as the
 * import creates and changes accounts. One read up front instead of three lookups per row.
 */
export type AccountIndex = {
  byExternalId: Map<string, Account>;
  byDomain: Map<string, Account[]>;
  byName: Map<string, Account[]>;
};

/** "ACME  Corp" and "Acme Corp" are the same name; "Crédito" and "Credito" too. */
export const nameKey = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function buildIndex(accounts: Account[]): AccountIndex {
  const index: AccountIndex = { byExternalId: new Map(), byDomain: new Map(), byName: new Map() };
  for (const a of accounts) putAccount(index, a);
  return index;
}

const push = (map: Map<string, Account[]>, key: string, a: Account) =>
  map.set(key, [...(map.get(key) ?? []), a]);
const drop = (map: Map<string, Account[]>, key: string, id: string) => {
  const left = (map.get(key) ?? []).filter((x) => x.id !== id);
  if (left.length) map.set(key, left);
  else map.delete(key);
};

/** Adds an account, or replaces the version of it the index held. */
export function putAccount(index: AccountIndex, a: Account, previous?: Account) {
  if (previous) {
    if (previous.externalId) index.byExternalId.delete(previous.externalId);
    if (previous.domain) drop(index.byDomain, previous.domain, previous.id);
    drop(index.byName, nameKey(previous.name), previous.id);
  }
  if (a.externalId) index.byExternalId.set(a.externalId, a);
  if (a.domain) push(index.byDomain, a.domain, a);
  push(index.byName, nameKey(a.name), a);
}

export type AccountMatch = {
  account: Account | null;
  via: 'externalId' | 'domain' | 'name' | null;
  /** Accounts with the same domain or name that are other records of the same source system. */
  lookalikes: Account[];
};

/**
 * Which existing account a row is: by external id, then domain, then normalised name. An
 * account carrying another id from the same system is another record there (two Salesforce
 * accounts may share a name), so it never matches by domain or name. Pure.
 */
export function matchAccount(
  index: AccountIndex,
  row: { externalId: string | null; domain: string | null; name: string | null },
): AccountMatch {
  if (row.externalId) {
    const byId = index.byExternalId.get(row.externalId);
    if (byId) return { account: byId, via: 'externalId', lookalikes: [] };
  }
  const ns = namespaceOf(row.externalId);
  const otherRecord = (a: Account) => Boolean(ns && a.externalId && namespaceOf(a.externalId) === ns);
  const byDomain = row.domain ? (index.byDomain.get(row.domain) ?? []) : [];
  const domainHit = byDomain.find((a) => !otherRecord(a));
  if (domainHit) return { account: domainHit, via: 'domain', lookalikes: [] };
  // Same name but two different domains: two companies, not one.
  const byName = row.name ? (index.byName.get(nameKey(row.name)) ?? []) : [];
  const nameHit = byName.find((a) => !otherRecord(a) && (!row.domain || !a.domain));
  if (nameHit) return { account: nameHit, via: 'name', lookalikes: [] };
  const lookalikes = [...byDomain, ...byName].filter(otherRecord);
  return { account: null, via: null, lookalikes: [...new Map(lookalikes.map((a) => [a.id, a])).values()] };
}

/** A contact's account: by its id in the source, then the company's domain, then its name. */
export function findAccountFor(
  index: AccountIndex,
  ref: { externalId: string | null; name: string | null; domain: string | null },
): Account | null {
  if (ref.externalId) {
    const a = index.byExternalId.get(ref.externalId);
    if (a) return a;
  }
  if (ref.domain) {
    const a = index.byDomain.get(ref.domain)?.[0];
    if (a) return a;
  }
  if (ref.name) return index.byName.get(nameKey(ref.name))?.[0] ?? null;
  return null;
}
