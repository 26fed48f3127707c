import type { Db } from '../../platform/context.ts';
import { type IdentityRow, loadIdentities, saveIdentities } from './repository/index.ts';

const SEEN_PRECISION_MS = 60 * 60_000;

/**
 * The people of one ingestion batch, loaded once, changed in memory while the batch's
 * events are applied in order, and saved once. A person is a user key ("u:<userId>" or
 * "a:<anonymousId>"); `alias` and identify-with-both-ids point one key at another.
 */
export class IdentityBook {
  private readonly rows: Map<string, IdentityRow>;
  private readonly dirty = new Set<string>();
  /** Keys that got an account in this batch: their earlier unattributed events are attributed. */
  readonly newlyAttributed = new Set<string>();

  /** last_seen_at as loaded, to tell whether a newer one is worth a write. */
  private readonly storedSeen: Map<string, string>;

  private constructor(rows: Map<string, IdentityRow>) {
    this.rows = rows;
    this.storedSeen = new Map([...rows].map(([k, r]) => [k, r.last_seen_at]));
  }

  static async load(db: Db, workspaceId: string, keys: Iterable<string>): Promise<IdentityBook> {
    const rows = await loadIdentities(db, workspaceId, [...new Set(keys)]);
    // The people these keys were aliased to in earlier batches hold the account.
    const targets = [...rows.values()].flatMap((r) =>
      r.alias_of && !rows.has(r.alias_of) ? [r.alias_of] : [],
    );
    for (const [k, r] of await loadIdentities(db, workspaceId, [...new Set(targets)])) rows.set(k, r);
    return new IdentityBook(rows);
  }

  /** The person this key now stands for, following aliases (a few hops at most). */
  canonical(key: string): string {
    let k = key;
    for (let hops = 0; hops < 5; hops++) {
      const next = this.rows.get(k)?.alias_of;
      if (!next || next === k) break;
      k = next;
    }
    return k;
  }

  get(key: string): IdentityRow | undefined {
    return this.rows.get(key);
  }

  accountOf(key: string): string | null {
    return this.rows.get(this.canonical(key))?.account_id ?? this.rows.get(key)?.account_id ?? null;
  }

  /** Records that the person was seen, creating them when new. */
  touch(key: string, at: string): IdentityRow {
    let row = this.rows.get(key);
    if (!row) {
      row = {
        user_key: key,
        account_id: null,
        contact_id: null,
        alias_of: null,
        email: null,
        name: null,
        first_seen_at: at,
        last_seen_at: at,
      };
      this.rows.set(key, row);
      this.dirty.add(key);
    } else if (at > row.last_seen_at) {
      row.last_seen_at = at;
      // Saved when an hour later than stored: not every event of an active person is a write.
      if (Date.parse(at) - Date.parse(this.storedSeen.get(key) ?? row.last_seen_at) > SEEN_PRECISION_MS)
        this.dirty.add(key);
    }
    return row;
  }

  update(key: string, at: string, patch: Partial<Omit<IdentityRow, 'user_key'>>) {
    const row = this.touch(key, at);
    if (patch.account_id && !row.account_id) this.newlyAttributed.add(key);
    Object.assign(row, patch);
    this.dirty.add(key);
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
    return [...this.rows.keys()].filter((k) => this.canonical(k) === canonicalKey);
  }

  async save(db: Db, workspaceId: string) {
    const rows = [...this.dirty].sort().flatMap((k) => this.rows.get(k) ?? []);
    await saveIdentities(db, workspaceId, rows);
  }
}
