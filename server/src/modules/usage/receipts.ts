import type { Db } from '../../platform/context.ts';
import type { CountedEvent } from './rollup.ts';

/**
 * What one ingestion flush stored, kept in memory from just before its commit until a
 * rollup pass has counted it: the `seq` of its rows and the usage events among them. A pass
 * counts from these instead of reading the events back, but only once the table proves they
 * are all there is in its range (same number of rows, same sum of `seq`); otherwise, after
 * a crash, with another server or process writing, or after events were stored again, it
 * reads the table.
 */
export class FlushReceipt {
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;
  rows = 0;
  seqSum = 0;
  /** Rows were taken out and stored again: the sums above no longer describe the range. */
  refiled = false;
  /** The usage events stored with an account, by workspace. */
  readonly counted = new Map<string, CountedEvent[]>();
  size = 0;

  count(workspaceId: string, e: CountedEvent) {
    const list = this.counted.get(workspaceId);
    if (list) list.push(e);
    else this.counted.set(workspaceId, [e]);
    this.size++;
  }

  stored(seq: number) {
    if (seq < this.first) this.first = seq;
    if (seq > this.last) this.last = seq;
    this.rows++;
    this.seqSum += seq;
  }
}

/** What the receipts of a range add up to, to be checked against the table. */
export type ReceiptTotals = { rows: number; seqSum: number; counted: Map<string, CountedEvent[]> };

/** Beyond this many events held (passes failing for a while), the oldest receipts go. */
const MAX_HELD = 500_000;

const held = new WeakMap<Db, FlushReceipt[]>();
const newestStored = new WeakMap<Db, number>();

/** The highest `seq` this process has stored and acknowledged, if any. */
export function lastStoredSeq(db: Db): number | undefined {
  return newestStored.get(db);
}

/**
 * Called inside the flush's transaction, just before its commit: a pass that runs while the
 * commit's answer is still on its way finds the receipt (it is only ever used once the
 * table holds exactly its rows, so one whose commit fails is never counted). `confirmReceipt`
 * follows the commit; `dropReceipt` a failure.
 */
export function holdReceipt(db: Db, receipt: FlushReceipt) {
  if (receipt.rows === 0) return;
  const list = held.get(db) ?? [];
  held.set(db, list);
  list.push(receipt);
  let total = list.reduce((n, r) => n + r.size, 0);
  while (total > MAX_HELD && list.length > 0) total -= list.shift()?.size ?? 0;
}

/** The flush committed: its events are acknowledged, and readers wait for them to be counted. */
export function confirmReceipt(db: Db, receipt: FlushReceipt) {
  if (receipt.rows === 0) return;
  newestStored.set(db, Math.max(newestStored.get(db) ?? 0, receipt.last));
}

/** The flush failed: its rows are not in the table, and its receipt must not stand for them. */
export function dropReceipt(db: Db, receipt: FlushReceipt) {
  const list = held.get(db);
  if (list)
    held.set(
      db,
      list.filter((r) => r !== receipt),
    );
}

/**
 * The receipts whose rows all lie in [from, to), added up; null when one of them cannot be
 * trusted, so the pass reads the table.
 */
export function receiptsWithin(db: Db, from: number, to: number): ReceiptTotals | null {
  const totals: ReceiptTotals = { rows: 0, seqSum: 0, counted: new Map() };
  for (const r of held.get(db) ?? []) {
    if (r.last < from || r.first >= to) continue;
    if (r.refiled || r.first < from || r.last >= to) return null;
    totals.rows += r.rows;
    totals.seqSum += r.seqSum;
    for (const [workspaceId, events] of r.counted) {
      const into = totals.counted.get(workspaceId);
      if (into) for (const e of events) into.push(e);
      else totals.counted.set(workspaceId, [...events]);
    }
  }
  return totals;
}

/** After a pass commits: what lies below its bound is counted, one way or the other. */
export function forgetReceiptsBelow(db: Db, bound: number) {
  const list = held.get(db);
  if (list)
    held.set(
      db,
      list.filter((r) => r.last >= bound),
    );
}
