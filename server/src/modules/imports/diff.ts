import type {
  Account,
  AccountCreate,
  AccountUpdate,
  Contact,
  ContactUpdate,
  Stage,
} from '@trustcircle/contracts';
import type { AccountRow, ContactRow } from './rows.ts';

/**
 * What an import changes on a record it already has. Empty cells never clear anything (a CRM
 * export leaves out what it does not know; a CSM's own data must survive a re-import), tags
 * and custom fields are added to, and stages do not fall back. Pure.
 */

const RANK: Record<Exclude<Stage, 'churned'>, number> = {
  stranger: 0,
  prospect: 1,
  customer: 2,
  advocate: 3,
};

/**
 * The stage an import leaves: a CRM that still says "Prospect" must not undo a won customer,
 * while churn and win-back always come through. Advocates stay advocates when the CRM says
 * "Customer" (an advocate is a customer).
 */
export function nextStage(current: Stage, fromFile: Stage): { stage: Stage; warning: string | null } {
  if (fromFile === current) return { stage: current, warning: null };
  if (fromFile === 'churned' || current === 'churned') return { stage: fromFile, warning: null };
  if (RANK[fromFile] > RANK[current]) return { stage: fromFile, warning: null };
  if (current === 'advocate' && fromFile === 'customer') return { stage: current, warning: null };
  return {
    stage: current,
    warning: `kept stage ${current} (the file says ${fromFile}; imports do not move an account back)`,
  };
}

const cents = (n: number) => Math.round(n * 100);
const MAX_TAGS = 20;

export function accountPatch(
  a: Account,
  r: AccountRow,
  ownerId: string | null,
): { patch: AccountUpdate; warnings: string[] } {
  const patch: AccountUpdate = {};
  const warnings: string[] = [];
  if (r.name && r.name !== a.name) patch.name = r.name;
  if (r.domain && r.domain !== a.domain) patch.domain = r.domain;
  if (r.stage) {
    const next = nextStage(a.stage, r.stage);
    if (next.stage !== a.stage) patch.stage = next.stage;
    if (next.warning) warnings.push(next.warning);
  }
  if (r.tier && r.tier !== a.tier) patch.tier = r.tier;
  if (r.arr !== null && cents(r.arr) !== cents(a.arr)) patch.arr = r.arr;
  else if (r.arr === null && r.mrr !== null && cents(r.mrr * 12) !== cents(a.arr)) patch.mrr = r.mrr;
  if (r.renewalDate && r.renewalDate !== a.renewalDate) patch.renewalDate = r.renewalDate;
  if (r.contractStart && r.contractStart !== a.contractStart) patch.contractStart = r.contractStart;
  if (ownerId && ownerId !== a.owner?.id) patch.ownerId = ownerId;
  const tags = [...new Set([...a.tags, ...r.tags])];
  if (tags.length > a.tags.length) {
    if (tags.length > MAX_TAGS)
      warnings.push(`an account keeps at most ${MAX_TAGS} tags; the rest were left out`);
    patch.tags = tags.slice(0, MAX_TAGS);
  }
  const changedCustom = Object.entries(r.customFields).some(
    ([k, v]) => JSON.stringify(a.customFields[k]) !== JSON.stringify(v),
  );
  if (changedCustom) patch.customFields = { ...a.customFields, ...r.customFields };
  return { patch, warnings };
}

/** The input for a new account; fields the file leaves empty take their defaults. */
export function accountCreate(r: AccountRow & { name: string }, ownerId: string | null): AccountCreate {
  return {
    name: r.name,
    domain: r.domain,
    ...(r.stage ? { stage: r.stage } : {}),
    tier: r.tier,
    ...(r.arr !== null ? { arr: r.arr } : r.mrr !== null ? { mrr: r.mrr } : {}),
    renewalDate: r.renewalDate,
    contractStart: r.contractStart,
    tags: r.tags,
    customFields: r.customFields,
    externalId: r.externalId,
    ownerId,
  };
}

export function contactPatch(c: Contact, r: ContactRow, accountId: string): ContactUpdate {
  const patch: ContactUpdate = {};
  if (accountId !== c.accountId) patch.accountId = accountId;
  if (r.firstName && r.firstName !== c.firstName) patch.firstName = r.firstName;
  if (r.lastName && r.lastName !== c.lastName) patch.lastName = r.lastName;
  if (r.email && r.email !== c.email) patch.email = r.email;
  if (r.phone && r.phone !== c.phone) patch.phone = r.phone;
  if (r.title && r.title !== c.title) patch.title = r.title;
  if (r.role && r.role !== c.role) patch.role = r.role;
  return patch;
}

export const isEmptyPatch = (p: object) => Object.keys(p).length === 0;
