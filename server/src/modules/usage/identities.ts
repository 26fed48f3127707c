import { SqliteAdapter } from 'kysely';
import type { Db } from '../../platform/context.ts';
import { deletesSoFar } from '../../platform/db/deletions.ts';
import { type IdentityRow, loadIdentities, saveIdentities } from './repository/index.ts';

const SEEN_PRECISION_MS = 60 * 60_000;

/** One workspace's key in the in-memory maps below. */
const scoped = (workspaceId: string, key: string) => `${workspaceId}\u0000${key}`;

/** The fields ingestion sets and never clears: merged, not overwritten, when saved. */
const MERGED_FIELDS = ['account_id', 'contact_id', 'alias_of', 'email', 'name'] as const;
type MergedField = (typeof MERGED_FIELDS)[number];

/**
 * The people of one ingestion batch, loaded once, changed in memory while the batch's
 * events are applied in order, and saved once. A person is a user key ("u:<userId>" or
 * "a:<anonymousId>"); `alias` and identify-with-both-ids point one key at another.
 */
export class IdentityBook {
  /** The rows this batch has changed or created: copies, never the stored objects. */
  private readonly rows = new Map<string, IdentityRow>();
  /** The rows as the database holds them, before this batch (shared with the cache). */
  private readonly stored: Map<string, IdentityRow>;
  /** Keys read from the database rather than the cache: the cache takes them after the commit. */
  private readonly loaded: Set<string>;
  private readonly dirty = new Set<string>();
  /** Keys that got an account in this batch: their earlier unattributed events are attributed. */
  readonly newlyAttributed = new Set<string>();

  /** An hour after last_seen_at as loaded: a person seen later than that is worth a write. */
  private readonly seenWorthSaving = new Map<string, string>();
  /** The latest time a stored person was seen when not worth a write (yet). */
  private readonly seenSince = new Map<string, string>();
  /** Per stored person, the fields this batch set: only those are written (see `save`). */
  private readonly changed = new Map<string, Set<MergedField>>();
  /** The rows as saved, merged with what other flushes wrote meanwhile: for the cache. */
  private saved: IdentityRow[] = [];

  private constructor(stored: Map<string, IdentityRow>, loaded: Set<string>) {
    this.stored = stored;
    this.loaded = loaded;
  }

  static async load(
    db: Db,
    workspaceId: string,
    keys: Iterable<string>,
    cache: IdentityLookup | null,
  ): Promise<IdentityBook> {
    const stored = new Map<string, IdentityRow>();
    const loaded = new Set<string>();
    const fetch = async (wanted: Iterable<string>) => {
      const missing: string[] = [];
      for (const key of new Set(wanted)) {
        if (stored.has(key)) continue;
        const hit = cache?.get(workspaceId, key);
        if (hit) stored.set(key, hit);
        else missing.push(key);
      }
      for (const [k, r] of await loadIdentities(db, workspaceId, missing)) {
        stored.set(k, r);
        loaded.add(k);
      }
    };
    await fetch(keys);
    // The people these keys were aliased to in earlier batches hold the account.
    await fetch([...stored.values()].flatMap((r) => (r.alias_of ? [r.alias_of] : [])));
    return new IdentityBook(stored, loaded);
  }

  /** The person this key now stands for, following aliases (a few hops at most). */
  canonical(key: string): string {
    let k = key;
    for (let hops = 0; hops < 5; hops++) {
      const next = this.get(k)?.alias_of;
      if (!next || next === k) break;
      k = next;
    }
    return k;
  }

  get(key: string): IdentityRow | undefined {
    return this.rows.get(key) ?? this.stored.get(key);
  }

  accountOf(key: string): string | null {
    return this.get(this.canonical(key))?.account_id ?? this.get(key)?.account_id ?? null;
  }

  /**
   * Records that the person was seen, creating them when new. Most events are of people
   * already stored and seen within the hour: for them nothing is copied or written.
   */
  touch(key: string, at: string): IdentityRow {
    const row = this.get(key);
    if (!row) {
      const created: IdentityRow = {
        user_key: key,
        account_id: null,
        contact_id: null,
        alias_of: null,
        email: null,
        name: null,
        first_seen_at: at,
        last_seen_at: at,
      };
      this.rows.set(key, created);
      this.dirty.add(key);
      return created;
    }
    if (at <= row.last_seen_at) return row;
    if (this.dirty.has(key)) {
      row.last_seen_at = at;
      return row;
    }
    // Saved when an hour later than stored: not every event of an active person is a write.
    let worth = this.seenWorthSaving.get(key);
    if (worth === undefined) {
      worth = new Date(Date.parse(row.last_seen_at) + SEEN_PRECISION_MS).toISOString();
      this.seenWorthSaving.set(key, worth);
    }
    if (at > worth) {
      const own = this.own(key);
      own.last_seen_at = at;
      return own;
    }
    const since = this.seenSince.get(key);
    if (since === undefined || at > since) this.seenSince.set(key, at);
    return row;
  }

  update(key: string, at: string, patch: Partial<Omit<IdentityRow, 'user_key'>>) {
    this.touch(key, at);
    const row = this.own(key);
    if (patch.account_id && !row.account_id) this.newlyAttributed.add(key);
    for (const field of MERGED_FIELDS) {
      const value = patch[field];
      if (value === undefined || value === row[field]) continue;
      row[field] = value;
      let fields = this.changed.get(key);
      if (!fields) {
        fields = new Set();
        this.changed.set(key, fields);
      }
      fields.add(field);
    }
  }

  /** `from` is now known as `to`: events of either count as one person's. */
  alias(from: string, to: string, at: string) {
    if (from === to) return;
    const source = this.touch(from, at);
    const target = this.touch(to, at);
    if (!target.account_id && source.account_id) this.update(to, at, { account_id: source.account_id });
    if (target.account_id && !source.account_id) this.newlyAttributed.add(from);
    this.update(from, at, { alias_of: to });
  }

  /** Every key that stands for the given canonical person (itself and its aliases). */
  keysOf(canonicalKey: string): string[] {
    const keys = new Set([...this.stored.keys(), ...this.rows.keys()]);
    return [...keys].filter((k) => this.canonical(k) === canonicalKey);
  }

  /**
   * Writes the people this batch created or changed. For a person already stored, only the
   * fields this batch set are sent (the others as null, which the upsert reads as "keep"):
   * a flush that read someone before another flush (or server) changed them must not write
   * the old values back. What the database then holds comes back for the cache.
   */
  async save(db: Db, workspaceId: string) {
    this.saved = await saveIdentities(db, workspaceId, this.pendingWrites());
  }

  /** The rows `save` sends, sorted by key (concurrent writers lock rows in one order). */
  pendingWrites(): IdentityRow[] {
    return [...this.dirty].sort().flatMap((k) => {
      const row = this.rows.get(k);
      if (!row) return [];
      if (!this.stored.has(k)) return [row];
      const fields = this.changed.get(k);
      const sent = { ...row };
      for (const f of MERGED_FIELDS) if (!fields?.has(f)) sent[f] = null;
      return [sent];
    });
  }

  /**
   * For the cache, after the commit: the rows this batch wrote (as the database merged
   * them), and those it read from the database. Rows that came from the cache unchanged
   * are there already. The book is done with by then, so they are handed over, not copied.
   */
  storedRows(): IdentityRow[] {
    const out = [...this.saved];
    for (const k of this.loaded) {
      const row = this.stored.get(k);
      if (row && !this.dirty.has(k)) out.push(row);
    }
    return out;
  }

  /** This batch's own copy of a stored row, to change; marked for saving. */
  private own(key: string): IdentityRow {
    let row = this.rows.get(key);
    if (!row) {
      const stored = this.stored.get(key);
      if (!stored) throw new Error(`no identity row for ${key}`);
      row = { ...stored };
      const since = this.seenSince.get(key);
      if (since !== undefined && since > row.last_seen_at) row.last_seen_at = since;
      this.rows.set(key, row);
    }
    this.dirty.add(key);
    return row;
  }
}

/**
 * The people rows of recent batches, as committed, so a busy source does not read the same
 * people back for every flush (measured: a fifth of the database time on SQLite). The
 * oldest loaded or written go first; a hit does not move a person back (measured: moving
 * every person of every flush cost 3% of the ingesting thread). Only for
 * the embedded database, where this process is the only writer of ingestion's tables; on
 * PostgreSQL several servers ingest side by side and each flush reads what is committed.
 */
export class IdentityCache {
  private readonly rows = new Map<string, IdentityRow>();
  /** Group ids linked to accounts: a link only changes when its account is deleted. */
  private readonly groups = new Map<string, string>();
  /** `deletesSoFar()` when this cache was last emptied. */
  private deletesSeen = deletesSoFar();
  constructor(private readonly capacity: number) {}

  /**
   * Called as a flush starts, inside its transaction. An account or contact deleted since
   * may be in a cached row or link (the database has cleared it from its own): all goes.
   * Returns the count to hand to `remember`.
   */
  open(): number {
    const now = deletesSoFar();
    if (now !== this.deletesSeen) this.clear();
    return now;
  }

  /** Everything goes: after a delete, or when the database refused a cached id. */
  clear() {
    this.rows.clear();
    this.groups.clear();
    this.deletesSeen = deletesSoFar();
  }

  /**
   * What a flush read and wrote, called after its commit only: a rolled-back batch must
   * leave no trace here. Dropped if a delete came between the flush's start and now: the
   * rows may hold what it removed.
   */
  remember(
    workspaceId: string,
    learned: { people: IdentityRow[]; groups: Array<[string, string]> },
    asOf: number,
  ) {
    if (asOf !== deletesSoFar()) return;
    this.rememberPeople(workspaceId, learned.people);
    this.rememberGroups(workspaceId, learned.groups);
  }

  groupAccount(workspaceId: string, groupId: string): string | undefined {
    return this.groups.get(scoped(workspaceId, groupId));
  }

  private rememberGroups(workspaceId: string, links: Array<[string, string]>) {
    for (const [groupId, accountId] of links) this.groups.set(scoped(workspaceId, groupId), accountId);
    for (const oldest of this.groups.keys()) {
      if (this.groups.size <= this.capacity) break;
      this.groups.delete(oldest);
    }
  }

  /** A stored row: never changed in place (the book works on copies). */
  get(workspaceId: string, key: string): IdentityRow | undefined {
    return this.rows.get(scoped(workspaceId, key));
  }

  private rememberPeople(workspaceId: string, rows: IdentityRow[]) {
    for (const row of rows) {
      const id = scoped(workspaceId, row.user_key);
      // Deleting first moves the key to the end: the map's order is the least recently used first.
      this.rows.delete(id);
      this.rows.set(id, row);
    }
    for (const oldest of this.rows.keys()) {
      if (this.rows.size <= this.capacity) break;
      this.rows.delete(oldest);
    }
  }
}

/** What a flush reads of the cache. */
export type IdentityLookup = Pick<IdentityCache, 'get' | 'groupAccount'>;

/**
 * The cache as one flush sees it: the people and links its earlier submissions wrote (as
 * the database merged them) come first, since the cache learns them only after the commit.
 */
export class FlushView implements IdentityLookup {
  private readonly people = new Map<string, IdentityRow>();
  private readonly groups = new Map<string, string>();
  constructor(private readonly cache: IdentityCache) {}

  get(workspaceId: string, key: string): IdentityRow | undefined {
    return this.people.get(scoped(workspaceId, key)) ?? this.cache.get(workspaceId, key);
  }

  groupAccount(workspaceId: string, groupId: string): string | undefined {
    return this.groups.get(scoped(workspaceId, groupId)) ?? this.cache.groupAccount(workspaceId, groupId);
  }

  wrote(workspaceId: string, people: IdentityRow[], groups: Array<[string, string]>) {
    for (const row of people) this.people.set(scoped(workspaceId, row.user_key), row);
    for (const [groupId, accountId] of groups) this.groups.set(scoped(workspaceId, groupId), accountId);
  }
}

/** People kept in memory between flushes on the embedded database (about 300 bytes each). */
const IDENTITIES_CACHED = 50_000;

const caches = new WeakMap<Db, IdentityCache | null>();

/** The identity cache of a database: one per embedded database, none on PostgreSQL. */
export function identityCacheFor(db: Db): IdentityCache | null {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = db.getExecutor().adapter instanceof SqliteAdapter ? new IdentityCache(IDENTITIES_CACHED) : null;
    caches.set(db, cache);
  }
  return cache;
}
