import { encodeCursor, searchable } from '../../../server/src/platform/db/keyset.ts';
import type { SeedResult } from '../../lib/seed/seed-accounts.ts';

/** One kind of list request the mix is made of; `firstPage` means "the page after this one". */
export type QueryKind = {
  name: string;
  description: string;
  params: Record<string, string>;
  firstPage?: Record<string, string>;
};

const PAGE = '50';
export const COMMON_TERM = 'son';
export const TAG = 'at-risk';

/** Part of one company's name, as someone types it: a term that matches only a handful of accounts. */
function rareTerm(seed: SeedResult): string {
  const texts = seed.accounts.map((a) => a.search_text);
  for (let k = 0; k < 60; k++) {
    const account = seed.accounts[Math.floor(seed.accounts.length * ((0.37 + k * 0.01) % 1))];
    if (!account) continue;
    const term = searchable(account.name).slice(0, 14).trim();
    const matches = texts.filter((t) => t.includes(term)).length;
    if (term.length >= 8 && matches <= 10) return term;
  }
  throw new Error('no rare search term in the data set');
}

/** The owner with the median number of accounts (a typical CSM's book). */
function typicalOwner(seed: SeedResult): string {
  const counts = new Map<string, number>();
  for (const a of seed.accounts) if (a.owner_id) counts.set(a.owner_id, (counts.get(a.owner_id) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((x, y) => x[1] - y[1]);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no owners in the data set');
  return median[0];
}

/**
 * The cursor a client holds after paging 90% of the way through all accounts by name (an
 * integration syncing every account walks every page), made the way the API makes cursors.
 */
function deepCursor(seed: SeedResult): string {
  const byName = seed.accounts
    .map((a) => ({ v: a.search_text, id: a.id }))
    .sort((x, y) => (x.v < y.v ? -1 : x.v > y.v ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const row = byName[Math.floor(byName.length * 0.9)];
  if (!row) throw new Error('no accounts');
  return encodeCursor(row);
}

export function queryKinds(seed: SeedResult): QueryKind[] {
  return [
    {
      name: 'search common + stage, -arr',
      description: `q=${COMMON_TERM} (a common substring), stage=customer, sort=-arr`,
      params: { q: COMMON_TERM, stage: 'customer', sort: '-arr', limit: PAGE },
    },
    {
      name: 'search rare, name',
      description: 'q=<part of one company name>, sort=name',
      params: { q: rareTerm(seed), sort: 'name', limit: PAGE },
    },
    {
      name: 'tier + owner, renewalDate',
      description: 'tier=growth, ownerId=<a typical CSM>, sort=renewalDate',
      params: { tier: 'growth', ownerId: typicalOwner(seed), sort: 'renewalDate', limit: PAGE },
    },
    {
      name: 'no filter, name, page 2',
      description: 'sort=name, cursor=<nextCursor of page 1>',
      params: { sort: 'name', limit: PAGE },
      firstPage: { sort: 'name', limit: PAGE },
    },
    {
      name: 'no filter, name, deep page',
      description: 'sort=name, cursor at 90% of all accounts (a client syncing every page)',
      params: { sort: 'name', limit: PAGE, cursor: deepCursor(seed) },
    },
    {
      name: 'customer + tag, -updatedAt',
      description: `stage=customer, tag=${TAG}, sort=-updatedAt`,
      params: { stage: 'customer', tag: TAG, sort: '-updatedAt', limit: PAGE },
    },
  ];
}

export const listUrl = (params: Record<string, string>) => `/api/v1/accounts?${new URLSearchParams(params)}`;
