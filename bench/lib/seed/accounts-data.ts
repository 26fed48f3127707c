import { faker } from '@faker-js/faker';
import { v7 } from 'uuid';
import { searchable } from '../../../server/src/platform/db/keyset.ts';
import { type Random, seededRandom } from './random.ts';

/** Rows as the accounts migration stores them; JSON already as text, flags as booleans. */
export type AccountSeed = {
  id: string;
  name: string;
  search_text: string;
  domain: string | null;
  owner_id: string | null;
  tier: string | null;
  arr_cents: number;
  contract_start: string | null;
  renewal_date: string | null;
  stage: string;
  custom_fields: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
};

export type TagSeed = { account_id: string; tag: string };

export type ContactSeed = {
  id: string;
  account_id: string;
  first_name: string;
  last_name: string | null;
  sort_name: string;
  search_text: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  role: string | null;
  is_primary: boolean;
  external_id: string | null;
  created_at: string;
  updated_at: string;
};

const DAY = 86_400_000;
const YEAR = 365 * DAY;

const STAGES = [
  ['stranger', 8],
  ['prospect', 22],
  ['customer', 55],
  ['advocate', 8],
  ['churned', 7],
] as const;
const TIERS = [
  ['strategic', 3],
  ['enterprise', 14],
  ['growth', 38],
  ['starter', 40],
  [null, 5],
] as const;
/** ARR range in dollars per tier (log-uniform inside it). */
const ARR_RANGE: Record<string, readonly [number, number]> = {
  strategic: [250_000, 2_000_000],
  enterprise: [60_000, 400_000],
  growth: [12_000, 80_000],
  starter: [1_200, 15_000],
  none: [500, 20_000],
};
export const TAGS = [
  ['na', 12],
  ['emea', 10],
  ['at-risk', 8],
  ['expansion', 8],
  ['apac', 6],
  ['beta', 6],
  ['fintech', 6],
  ['onboarding', 6],
  ['healthcare', 5],
  ['multi-product', 5],
  ['reference', 5],
  ['partner', 4],
  ['pilot', 4],
  ['champion-left', 3],
  ['strategic', 3],
] as const;
const TLDS = [
  ['com', 60],
  ['io', 15],
  ['co', 10],
  ['net', 8],
  ['de', 4],
  ['fr', 3],
] as const;
const INDUSTRIES = ['software', 'healthcare', 'finance', 'retail', 'manufacturing', 'education', 'media'];
const REGIONS = ['NA', 'EMEA', 'APAC', 'LATAM'];
const CONTACT_ROLES = [
  [null, 35],
  ['champion', 15],
  ['decision_maker', 15],
  ['executive_sponsor', 10],
  ['user', 25],
] as const;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();
const slug = (s: string) =>
  searchable(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
const logUniform = (rnd: Random, [lo, hi]: readonly [number, number]) =>
  Math.round(Math.exp(Math.log(lo) + rnd.next() * (Math.log(hi) - Math.log(lo))) / 100) * 100;

/** Contract dates: customers renew on an anniversary (some overdue), churned ones renewed in the past. */
function contractDates(rnd: Random, stage: string, createdMs: number, now: number) {
  if (stage === 'stranger' || stage === 'prospect') return { start: null, renewal: null };
  const startMs = Math.min(now - DAY, createdMs + rnd.int(0, 90) * DAY);
  const term = rnd.weighted([
    [1, 70],
    [2, 20],
    [3, 10],
  ] as const);
  let renewal = startMs + term * YEAR;
  const horizon = stage === 'churned' ? now - rnd.int(30, 400) * DAY : now - 30 * DAY;
  while (renewal < horizon) renewal += term * YEAR;
  if (stage === 'churned') renewal -= term * YEAR;
  const missing = stage === 'churned' ? 0.4 : 0.08;
  return { start: isoDate(startMs), renewal: rnd.chance(missing) ? null : isoDate(renewal) };
}

/**
 * `count` accounts created over the last four years (ids are UUIDv7 of their creation time, as
 * the product's newId() would have made them), with owners, tiers, stages, ARR, renewals and tags.
 */
export function generateAccounts(opts: { count: number; ownerIds: string[]; now: number; seed: number }) {
  const rnd = seededRandom(opts.seed);
  faker.seed(opts.seed);
  const owners = opts.ownerIds.map((id, k) => [id, 1 / Math.sqrt(k + 1)] as const);
  const start = opts.now - 4 * YEAR;
  const step = (opts.now - 30 * DAY - start) / opts.count;
  const accounts: AccountSeed[] = [];
  const tags: TagSeed[] = [];
  for (let i = 0; i < opts.count; i++) {
    const createdMs = Math.floor(start + (i + rnd.next()) * step);
    const name = faker.company.name();
    const domain = rnd.chance(0.85) ? `${slug(name)}.${rnd.weighted(TLDS)}` : null;
    const stage = rnd.weighted(STAGES);
    const tier = rnd.weighted(TIERS);
    const paying = stage === 'customer' || stage === 'advocate' || stage === 'churned';
    const arr = paying ? logUniform(rnd, ARR_RANGE[tier ?? 'none'] ?? [500, 20_000]) : 0;
    const dates = contractDates(rnd, stage, createdMs, opts.now);
    const id = v7({ msecs: createdMs });
    accounts.push({
      id,
      name,
      search_text: searchable(name, domain),
      domain,
      owner_id: rnd.chance(0.07) ? null : rnd.weighted(owners),
      tier,
      arr_cents: arr * 100,
      contract_start: dates.start,
      renewal_date: dates.renewal,
      stage,
      custom_fields: JSON.stringify(
        rnd.chance(0.6) ? { industry: rnd.pick(INDUSTRIES), region: rnd.pick(REGIONS) } : {},
      ),
      external_id: rnd.chance(0.7) ? `crm-${String(i + 1).padStart(7, '0')}` : null,
      created_at: iso(createdMs),
      updated_at: iso(createdMs + Math.floor(Math.sqrt(rnd.next()) * (opts.now - createdMs))),
    });
    if (rnd.chance(0.35)) {
      const mine = new Set<string>();
      for (let t = rnd.int(1, 3); t > 0; t--) mine.add(rnd.weighted(TAGS));
      for (const tag of mine) tags.push({ account_id: id, tag });
    }
  }
  return { accounts, tags };
}

function pool(n: number, make: () => string): string[] {
  return Array.from({ length: n }, make);
}

/**
 * `total` contacts spread over the accounts (about total/accounts each, the first one primary),
 * yielded in batches so half a million rows never sit in memory at once.
 */
export function* generateContacts(opts: {
  accounts: AccountSeed[];
  total: number;
  batchSize: number;
  now: number;
  seed: number;
}): Generator<ContactSeed[]> {
  const rnd = seededRandom(opts.seed);
  faker.seed(opts.seed);
  const firstNames = pool(3000, () => faker.person.firstName());
  const lastNames = pool(3000, () => faker.person.lastName());
  const titles = pool(300, () => faker.person.jobTitle());
  let remaining = opts.total;
  let batch: ContactSeed[] = [];
  for (const [i, account] of opts.accounts.entries()) {
    const accountsLeft = opts.accounts.length - i;
    const mean = remaining / accountsLeft;
    const n =
      accountsLeft === 1 ? remaining : Math.min(remaining, Math.round(mean * (0.2 + 1.6 * rnd.next())));
    remaining -= n;
    const createdFrom = Date.parse(account.created_at);
    for (let j = 0; j < n; j++) {
      const first = rnd.pick(firstNames);
      const last = rnd.chance(0.95) ? rnd.pick(lastNames) : null;
      const name = last ? `${first} ${last}` : first;
      const local = [first, last].filter(Boolean).map((s) => slug(s ?? '').replace(/-/g, ''));
      const email = rnd.chance(0.9) ? `${local.join('.')}@${account.domain ?? 'mail.example.com'}` : null;
      const title = rnd.chance(0.8) ? rnd.pick(titles) : null;
      const createdMs = createdFrom + Math.floor(rnd.next() * (opts.now - createdFrom));
      batch.push({
        id: v7({ msecs: createdMs }),
        account_id: account.id,
        first_name: first,
        last_name: last,
        sort_name: searchable(name),
        search_text: searchable(name, email, title),
        email,
        phone: rnd.chance(0.5) ? `+1 ${rnd.int(200, 999)} ${rnd.int(200, 999)} ${rnd.int(1000, 9999)}` : null,
        title,
        role: rnd.weighted(CONTACT_ROLES),
        is_primary: j === 0,
        external_id: rnd.chance(0.5) ? `crm-c-${opts.total - remaining - n + j + 1}` : null,
        created_at: iso(createdMs),
        updated_at: iso(createdMs + Math.floor(rnd.next() * (opts.now - createdMs))),
      });
      if (batch.length === opts.batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}
