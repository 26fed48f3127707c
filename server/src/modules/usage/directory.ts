import type { Account } from '@trustcircle/contracts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { isDomainError } from '../../platform/errors.ts';
import {
  type ChangeOrigin,
  createAccount,
  findAccountIdByDomain,
  findAccountIdsByExternalIds,
  loadAccount,
  updateAccount,
} from '../accounts/index.ts';
import {
  createContact,
  findContactIdByEmail,
  findContactIdByExternalId,
  loadContact,
  updateContact,
} from '../contacts/index.ts';
import type { IdentityLookup } from './identities.ts';
import type { Traits } from './normalize.ts';
import { loadGroupAccounts } from './repository/index.ts';
import { accountTraits, type PersonTraits } from './traits.ts';

/**
 * Keeps accounts and contacts in step with `group` and `identify` calls, through the same
 * verbs a person uses, so every change is audited and shows on the timeline.
 */

export const groupExternalId = (groupId: string) => `segment:${groupId}`;
const userExternalId = (userId: string) => `segment:${userId}`;

const originOf = (actor: Actor): ChangeOrigin => ({
  source: 'events',
  sourceName: actor.type === 'source' ? actor.name : 'events',
});

/**
 * The accounts these groupIds stand for: linked before, or an account whose external id is
 * the groupId (teams often use their CRM id as groupId, and imports store it as
 * "salesforce:…"/"hubspot:…"). Returns the links found, which of them are new, and which
 * were read from the database (for the cache, after the commit). A link is never changed
 * once made; it goes with its account (the cache is emptied after a delete).
 */
export async function knownGroups(ctx: Ctx, groupIds: string[], cache: IdentityLookup | null) {
  const ws = ctx.workspace.id;
  const linked = new Map<string, string>();
  const unknown: string[] = [];
  for (const g of groupIds) {
    const hit = cache?.groupAccount(ws, g);
    if (hit) linked.set(g, hit);
    else unknown.push(g);
  }
  const read = await loadGroupAccounts(ctx.db, ws, unknown);
  for (const [g, id] of read) linked.set(g, id);
  const missing = unknown.filter((g) => !linked.has(g));
  const candidates = (g: string) => [g, groupExternalId(g), `salesforce:${g}`, `hubspot:${g}`];
  const byExternal = await findAccountIdsByExternalIds(ctx.db, ws, missing.flatMap(candidates));
  const found: Array<[string, string]> = [];
  for (const g of missing) {
    const id = candidates(g)
      .map((c) => byExternal.get(c))
      .find(Boolean);
    if (id) {
      linked.set(g, id);
      found.push([g, id]);
    }
  }
  return { linked, found, read: [...read] };
}

/** A group seen for the first time: a known company by its domain, or a new account. */
export async function accountForNewGroup(ctx: Ctx, groupId: string, traits: Traits): Promise<string> {
  const domain = accountTraits(traits).domain;
  const existing = domain ? await findAccountIdByDomain(ctx.db, ctx.workspace.id, domain) : null;
  if (existing) {
    await updateGroupAccount(ctx, existing, traits);
    return existing;
  }
  return createGroupAccount(ctx, groupId, traits);
}

/** Creates the account of a group seen for the first time (a customer: it uses the product). */
export async function createGroupAccount(ctx: Ctx, groupId: string, traits: Traits): Promise<string> {
  const t = accountTraits(traits);
  const account = await createAccount({
    ctx,
    origin: originOf(ctx.actor),
    input: {
      name: t.name ?? groupId.slice(0, 200),
      domain: t.domain,
      tier: t.tier,
      mrr: t.arr === null ? t.mrr : null,
      arr: t.arr,
      stage: 'customer',
      externalId: groupExternalId(groupId),
      customFields: t.plan ? { plan: t.plan } : {},
    },
  });
  return account.id;
}

/**
 * Applies a later group call's traits; only fields that differ change (and get audited). An
 * account the product's events created follows its traits; one the team made or imported
 * from the CRM keeps its own values, and traits only fill what it lacks.
 */
export async function updateGroupAccount(ctx: Ctx, accountId: string, traits: Traits): Promise<void> {
  const t = accountTraits(traits);
  const before = await loadGroupAccount(ctx, accountId);
  const ours = before.externalId?.startsWith('segment:') ?? false;
  const mayFill = (isEmpty: boolean) => ours || isEmpty;
  const patch: Record<string, unknown> = {};
  if (t.name && t.name !== before.name && ours) patch.name = t.name;
  if (t.domain && t.domain !== before.domain && mayFill(before.domain === null)) patch.domain = t.domain;
  if (t.tier && t.tier !== before.tier && mayFill(before.tier === null)) patch.tier = t.tier;
  if (mayFill(before.arr === 0)) {
    if (t.arr !== null && t.arr !== before.arr) patch.arr = t.arr;
    else if (t.arr === null && t.mrr !== null && Math.abs(t.mrr - before.mrr) >= 0.01) patch.mrr = t.mrr;
  }
  if (t.plan && before.customFields.plan !== t.plan)
    patch.customFields = { ...before.customFields, plan: t.plan };
  if (Object.keys(patch).length === 0) return;
  await updateAccount({ ctx, accountId, input: patch, origin: originOf(ctx.actor) });
}

/**
 * The group's account was deleted after this flush read the link (on PostgreSQL, by a
 * transaction that committed meanwhile): the flush is tried again and finds no link.
 */
export class GroupAccountGone extends Error {
  constructor(readonly accountId: string) {
    super(`the account ${accountId} of a group was deleted while its events were written`);
  }
}

async function loadGroupAccount(ctx: Ctx, accountId: string): Promise<Account> {
  try {
    return await loadAccount(ctx, accountId);
  } catch (err) {
    if (isDomainError(err) && err.code === 'NOT_FOUND') throw new GroupAccountGone(accountId);
    throw err;
  }
}

/**
 * Creates or updates the contact of an identified person once their account is known.
 * Returns the contact id, or a reason when the person cannot become a contact.
 */
export async function syncContact(
  ctx: Ctx,
  p: { userId: string; accountId: string; contactId: string | null; person: PersonTraits },
): Promise<{ contactId: string } | { reason: string }> {
  const { person } = p;
  const firstName = person.firstName ?? person.email?.split('@')[0] ?? null;
  if (!firstName) return { reason: 'identify has no name or email, so no contact was made' };
  try {
    const ws = ctx.workspace.id;
    const existing =
      (p.contactId && (await contactExists(ctx, p.contactId)) ? p.contactId : null) ??
      (await findContactIdByExternalId(ctx.db, ws, userExternalId(p.userId))) ??
      (person.email ? await findContactIdByEmail(ctx.db, ws, p.accountId, person.email) : null);
    if (!existing) {
      const created = await createContact({
        ctx,
        origin: originOf(ctx.actor),
        input: {
          accountId: p.accountId,
          firstName,
          lastName: person.lastName,
          email: person.email,
          title: person.title,
          externalId: userExternalId(p.userId),
        },
      });
      return { contactId: created.id };
    }
    const before = await loadContact(ctx, existing);
    const patch: Record<string, unknown> = {};
    if (person.firstName && person.firstName !== before.firstName) patch.firstName = person.firstName;
    if (person.lastName && person.lastName !== before.lastName) patch.lastName = person.lastName;
    if (person.email && person.email !== before.email) patch.email = person.email;
    if (person.title && person.title !== before.title) patch.title = person.title;
    if (before.accountId !== p.accountId) patch.accountId = p.accountId;
    if (Object.keys(patch).length > 0) await updateContact({ ctx, contactId: existing, input: patch });
    return { contactId: existing };
  } catch (err) {
    // Verbs validate before they write, so a refusal leaves the transaction usable.
    if (isDomainError(err)) return { reason: `contact not saved: ${err.message}` };
    throw err;
  }
}

async function contactExists(ctx: Ctx, contactId: string): Promise<boolean> {
  try {
    await loadContact(ctx, contactId);
    return true;
  } catch (err) {
    if (isDomainError(err) && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}
