import type { Ctx } from '../../platform/context.ts';
import { newId, newIdAt } from '../../platform/ids.ts';
import { RESOURCE_EVENTS, type ResourceEvent, recordUsesFromEvents } from '../resources/index.ts';
import { accountForNewGroup, knownGroups, syncContact, updateGroupAccount } from './directory.ts';
import { IdentityBook, type IdentityLookup } from './identities.ts';
import type { NormalizedEvent, Rejection } from './normalize.ts';
import type { FlushReceipt } from './receipts.ts';
import {
  aliasesOf,
  type EventRow,
  type IdentityRow,
  insertEvents,
  insertWarnings,
  lockedAttributions,
  saveGroupAccounts,
  takeUnattributedEvents,
} from './repository/index.ts';
import { isUsage } from './rollup.ts';
import { displayName, personTraits } from './traits.ts';

export type Submission = {
  ctx: Ctx;
  sourceId: string;
  events: NormalizedEvent[];
  rejections: Rejection[];
};

/**
 * The requests of one flush from the same source become one submission: one identity load,
 * one insert, whatever the number of requests.
 */
export function mergeSubmissions(items: Submission[]): Submission[] {
  const merged = new Map<string, Submission>();
  for (const item of items) {
    const key = `${item.ctx.workspace.id}\u0000${item.sourceId}`;
    const into = merged.get(key);
    if (!into) merged.set(key, { ...item, events: [...item.events], rejections: [...item.rejections] });
    else {
      into.events.push(...item.events);
      into.rejections.push(...item.rejections);
    }
  }
  return [...merged.values()];
}

/**
 * Writes requests' events inside the group commit's transaction: people and accounts
 * first (group/identify/alias, in the order sent), then the events (a message id already
 * stored is skipped). A person's earlier events that waited for an account are stored again
 * with it. The rollups count all of them after the commit (`rollUpEvents`); the receipt
 * notes what was stored, so that pass need not read it back. Returns what it read and wrote
 * of people and group links, as the database now holds them, for the identity cache.
 */
export async function applySubmission(
  s: Submission,
  cache: IdentityLookup | null,
  receipt: FlushReceipt,
): Promise<Learned> {
  const { ctx } = s;
  const ws = ctx.workspace.id;
  const events = uniqueByMessageId(s.events);
  const book = await IdentityBook.load(ctx.db, ws, identityKeys(events), cache);
  const {
    linked: groups,
    found: newLinks,
    read: readLinks,
  } = await knownGroups(ctx, [...groupIdsOf(events)], cache);
  const warnings: Rejection[] = [...s.rejections];

  const accountOfGroup = async (groupId: string, traits: NormalizedEvent['traits'], isGroupCall: boolean) => {
    let id = groups.get(groupId);
    if (!id) {
      id = await accountForNewGroup(ctx, groupId, isGroupCall ? traits : {});
      groups.set(groupId, id);
      newLinks.push([groupId, id]);
    } else if (isGroupCall && Object.keys(traits).length > 0) {
      await updateGroupAccount(ctx, id, traits);
    }
    return id;
  };

  const rows: EventRow[] = [];
  const receivedMs = lastValue((iso: string) => Date.parse(iso));
  for (const e of events) {
    const key = e.userKey;
    book.touch(key, e.timestamp);
    if (e.type === 'alias' && e.previousId) {
      const from = book.get(`u:${e.previousId}`) ? `u:${e.previousId}` : `a:${e.previousId}`;
      book.alias(from, key, e.timestamp);
    }
    if (e.userId && e.anonymousId && e.type === 'identify')
      book.alias(`a:${e.anonymousId}`, key, e.timestamp);
    // Most events name a group already known: no await for them.
    const known = e.groupId && e.type !== 'group' ? groups.get(e.groupId) : undefined;
    let accountId =
      known ?? (e.groupId ? await accountOfGroup(e.groupId, e.traits, e.type === 'group') : null);
    const person = book.canonical(key);
    const firstAccount = accountId !== null && !book.accountOf(person);
    if (accountId && (e.type === 'group' || firstAccount))
      book.update(person, e.timestamp, { account_id: accountId });
    if (e.type === 'identify') {
      const p = personTraits(e.traits);
      book.update(person, e.timestamp, {
        email: p.email ?? book.get(person)?.email ?? null,
        name: displayName(p) ?? book.get(person)?.name ?? null,
      });
    }
    accountId ??= book.accountOf(person);
    // A person identified before any group call becomes a contact when their first account
    // comes from a usage event's context.groupId: SDKs identify once, at sign-in.
    if (accountId && e.userId && (e.type === 'identify' || e.type === 'group' || firstAccount)) {
      const warning = await linkContact(ctx, book, person, e, accountId);
      if (warning) warnings.push(warning);
    }
    rows.push({
      // Ids carry the receive time: retention deletes a range of the primary key.
      id: newIdAt(receivedMs(e.receivedAt)),
      source_id: s.sourceId,
      message_id: e.messageId,
      type: e.type,
      event: e.event,
      user_key: key,
      account_id: accountId,
      timestamp: e.timestamp,
      received_at: e.receivedAt,
      payload: e.payload,
    });
  }

  const inserted = await insertEvents(ctx.db, ws, rows);
  for (const r of rows) {
    const seq = inserted.get(r.message_id);
    if (seq === undefined) continue;
    receipt.stored(seq);
    if (r.account_id && r.event && isUsage(r.type)) {
      const userKey = book.canonical(r.user_key);
      receipt.count(ws, { accountId: r.account_id, timestamp: r.timestamp, event: r.event, userKey });
    }
  }
  // People first: their rows, locked by this save, are what a concurrent flush waits on.
  await book.save(ctx.db, ws);
  const given: Array<[string, string[]]> = [];
  for (const key of book.newlyAttributed) {
    const accountId = book.accountOf(key);
    if (accountId) given.push([accountId, book.keysOf(book.canonical(key))]);
  }
  const attributed = await withStoredAliases(ctx, given);
  if (!cache) attributed.push(...(await attributedMeanwhile(ctx, rows, inserted)));
  for (const [accountId, keys] of attributed) {
    const earlier = await takeUnattributedEvents(ctx.db, ws, keys);
    if (earlier.length === 0) continue;
    await insertEvents(
      ctx.db,
      ws,
      earlier.map((e) => ({ ...e, account_id: accountId })),
    );
    receipt.refiled = true;
  }
  warnings.push(...(await recordResourceUses(ctx, book, events, rows, inserted)));
  await saveGroupAccounts(ctx.db, ws, newLinks, ctx.clock.now().toISOString());
  await insertWarnings(
    ctx.db,
    ws,
    warnings.map((w) => ({
      id: newId(),
      source_id: s.sourceId,
      reason: w.reason,
      type: w.type,
      message_id: w.messageId,
      payload: w.payload,
      received_at: w.receivedAt,
    })),
  );
  return { people: book.storedRows(), groups: [...readLinks, ...newLinks] };
}

/** What a flush read or wrote of people and group links: for the cache, once committed. */
export type Learned = { people: IdentityRow[]; groups: Array<[string, string]> };

/**
 * Adds to the keys of people who just got an account those aliased to them in earlier
 * batches, a few hops back: the book holds only the keys this flush's events named, but an
 * anonymous id identified at sign-up, flushes before the group call, is the same person.
 */
async function withStoredAliases(
  ctx: Ctx,
  given: Array<[string, string[]]>,
): Promise<Array<[string, string[]]>> {
  if (given.length === 0) return given;
  const accountOf = new Map<string, string>();
  for (const [accountId, keys] of given) for (const k of keys) accountOf.set(k, accountId);
  let wanted = [...accountOf.keys()];
  for (let hop = 0; hop < 5 && wanted.length > 0; hop++) {
    const found = (await aliasesOf(ctx.db, ctx.workspace.id, wanted)).filter(
      (r) => !accountOf.has(r.user_key),
    );
    wanted = [];
    for (const r of found) {
      const accountId = accountOf.get(r.alias_of);
      if (!accountId) continue;
      accountOf.set(r.user_key, accountId);
      wanted.push(r.user_key);
    }
  }
  const byAccount = new Map<string, string[]>();
  for (const [key, accountId] of accountOf) {
    const keys = byAccount.get(accountId);
    if (keys) keys.push(key);
    else byAccount.set(accountId, [key]);
  }
  return [...byAccount];
}

/**
 * Without the identity cache (PostgreSQL) other flushes, of this server or another, commit
 * side by side with this one. One of them may have given an account to a person whose
 * events this flush has just stored without one: it read them before we wrote. The people's
 * rows are read again, locked, once ours are saved; whichever flush locks second sees the
 * other's work, so the events are attributed by one of the two. Returns the accounts found
 * and the user keys whose events to store again with each.
 */
async function attributedMeanwhile(
  ctx: Ctx,
  rows: EventRow[],
  inserted: ReadonlyMap<string, number>,
): Promise<Array<[string, string[]]>> {
  const keys = new Set(
    rows.filter((r) => !r.account_id && inserted.has(r.message_id)).map((r) => r.user_key),
  );
  if (keys.size === 0) return [];
  const known = new Map<string, { account_id: string | null; alias_of: string | null }>();
  let wanted = [...keys];
  // Aliases point at the person holding the account: a few hops at most.
  for (let hop = 0; hop < 5 && wanted.length > 0; hop++) {
    for (const [k, r] of await lockedAttributions(ctx.db, ctx.workspace.id, wanted)) known.set(k, r);
    wanted = [...known.values()].flatMap((r) => (r.alias_of && !known.has(r.alias_of) ? [r.alias_of] : []));
  }
  const byAccount = new Map<string, string[]>();
  for (const key of keys) {
    let k = key;
    let accountId = known.get(k)?.account_id ?? null;
    for (let hop = 0; hop < 5 && !accountId && known.get(k)?.alias_of; hop++) {
      k = known.get(k)?.alias_of ?? k;
      accountId = known.get(k)?.account_id ?? null;
    }
    if (!accountId) continue;
    const list = byAccount.get(accountId);
    if (list) list.push(key);
    else byAccount.set(accountId, [key]);
  }
  return [...byAccount];
}

/** An accepted event that could not do all it asked (an unknown resource, a contact not saved). */
const warning = (e: NormalizedEvent, reason: string): Rejection => ({
  reason,
  type: e.type,
  messageId: e.messageId,
  payload: e.payload,
  receivedAt: e.receivedAt,
});

/** Events such as "Resource Viewed" also count as uses of a support resource. */
async function recordResourceUses(
  ctx: Ctx,
  book: IdentityBook,
  events: NormalizedEvent[],
  rows: EventRow[],
  inserted: ReadonlyMap<string, number>,
): Promise<Rejection[]> {
  const uses: ResourceEvent[] = [];
  const problems: Rejection[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'track' || !e.event || !(e.event in RESOURCE_EVENTS) || !inserted.has(e.messageId)) return;
    const ref = e.properties.resourceId;
    if (typeof ref !== 'string' || ref === '') {
      problems.push(warning(e, `${e.event} needs properties.resourceId (a resource id or its link slug)`));
      return;
    }
    const rating = Number(e.properties.rating);
    uses.push({
      messageId: e.messageId,
      event: e.event,
      resourceRef: ref,
      accountId: rows[i]?.account_id ?? null,
      contactId: book.get(book.canonical(e.userKey))?.contact_id ?? null,
      userKey: book.canonical(e.userKey),
      timestamp: e.timestamp,
      rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
      comment: typeof e.properties.comment === 'string' ? e.properties.comment.slice(0, 2000) : null,
    });
  });
  const unknown = await recordUsesFromEvents(ctx.db, ctx.workspace.id, uses);
  const byId = new Map(events.map((e) => [e.messageId, e]));
  for (const u of unknown) {
    const e = byId.get(u.messageId);
    if (e) problems.push(warning(e, `${u.event} names an unknown resource "${u.resourceRef}"`));
  }
  return problems;
}

async function linkContact(
  ctx: Ctx,
  book: IdentityBook,
  person: string,
  e: NormalizedEvent,
  accountId: string,
): Promise<Rejection | null> {
  const row = book.get(person);
  if (!row || !e.userId) return null;
  if (e.type !== 'identify' && row.contact_id) return null;
  // The stored name falls back to the email (for lists of people): not a first name.
  const name = row.name === row.email ? null : row.name;
  const traits = e.type === 'identify' ? e.traits : { email: row.email, name };
  const result = await syncContact(ctx, {
    userId: e.userId,
    accountId,
    contactId: row.contact_id,
    person: personTraits(traits),
  });
  if ('contactId' in result) {
    if (result.contactId !== row.contact_id)
      book.update(person, e.timestamp, { contact_id: result.contactId });
    return null;
  }
  // A person without a name or email stays a product user, not a contact: not worth a warning.
  if (result.reason.startsWith('identify has no name')) return null;
  return warning(e, result.reason);
}

/** `f`, remembering its last answer: the events of one request share their receive time. */
function lastValue<A, R>(f: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | null = null;
  return (a) => {
    if (!last || last.a !== a) last = { a, r: f(a) };
    return last.r;
  };
}

function uniqueByMessageId(events: NormalizedEvent[]): NormalizedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (seen.has(e.messageId)) return false;
    seen.add(e.messageId);
    return true;
  });
}

function identityKeys(events: NormalizedEvent[]): string[] {
  const keys: string[] = [];
  for (const e of events) {
    keys.push(e.userKey);
    if (e.anonymousId) keys.push(`a:${e.anonymousId}`);
    if (e.previousId) keys.push(`u:${e.previousId}`, `a:${e.previousId}`);
  }
  return keys;
}

function groupIdsOf(events: NormalizedEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.groupId ? [e.groupId] : [])));
}
