import type { Db } from '../../platform/context.ts';
import { IdentityBook, type IdentityCache } from './identities.ts';
import { forgetReceiptsBelow, type ReceiptTotals, receiptsWithin } from './receipts.ts';
import {
  addDailyCounts,
  type DailyCount,
  lockRollupMark,
  type PendingCount,
  pendingDailyCounts,
  rangeFingerprint,
  rollupBound,
  setRollupMark,
} from './repository/index.ts';
import { foldDailyCounts, rollupIncrements } from './rollup.ts';

/** On SQLite a pass holds the only connection: at most this many events' worth at a time. */
const SQLITE_SPAN = 100_000;

/** The accounts a pass counted events for, with the latest event time of each. */
export type RolledUp = { workspaceId: string; lastSeen: Map<string, string> };

/**
 * `more`: events are there beyond what this pass took (run another now); `again`: older
 * transactions were still running and may commit events below the new mark's reach (run
 * another soon).
 */
export type RollupPass = { touched: RolledUp[]; more: boolean; again: boolean; bound: number };

type Sums = Map<string, { byEvent: DailyCount[]; byUser: DailyCount[] }>;

/**
 * One pass of the rollups: the events committed since the mark, counted per account and day
 * (by event name, and by person with aliases followed) and added to `usage_daily` and
 * `usage_daily_users`, and the mark moved past them, in one transaction. Ingestion commits
 * the events alone and asks for a pass; the sums of many requests land in a few upserts.
 * The counts come from this process's flush receipts when the table shows they cover the
 * range exactly, and from the table otherwise.
 */
export async function rollUpEvents(db: Db, cache: IdentityCache | null): Promise<RollupPass> {
  const pass = await db.transaction().execute(async (trx) => {
    const mark = await lockRollupMark(trx);
    const { bound, capped, waiting } = await rollupBound(trx, mark, SQLITE_SPAN);
    if (bound <= mark) return { touched: [], more: false, again: waiting, bound: mark };
    const local = receiptsWithin(db, mark, bound);
    const sums =
      local && (await coversRange(trx, mark, bound, local))
        ? sumsFromReceipts(local)
        : await sumsFromTable(trx, mark, bound, cache);
    const touched: RolledUp[] = [];
    for (const [workspaceId, { byEvent, byUser }] of sums) {
      await addDailyCounts(trx, workspaceId, byEvent, byUser);
      touched.push({ workspaceId, lastSeen: latestPerAccount(byEvent) });
    }
    await setRollupMark(trx, bound);
    return { touched, more: capped, again: waiting, bound };
  });
  forgetReceiptsBelow(db, pass.bound);
  return pass;
}

async function coversRange(db: Db, from: number, to: number, local: ReceiptTotals) {
  const table = await rangeFingerprint(db, from, to);
  return table.rows === local.rows && table.seqSum === local.seqSum;
}

function sumsFromReceipts(local: ReceiptTotals): Sums {
  const sums: Sums = new Map();
  for (const [workspaceId, events] of local.counted) sums.set(workspaceId, rollupIncrements(events));
  return sums;
}

async function sumsFromTable(db: Db, from: number, to: number, cache: IdentityCache | null): Promise<Sums> {
  const pending = await pendingDailyCounts(db, from, to);
  const usersOf = byWorkspace(pending.byUser);
  const sums: Sums = new Map();
  for (const [workspaceId, events] of byWorkspace(pending.byEvent)) {
    const users = usersOf.get(workspaceId) ?? [];
    const book = await IdentityBook.load(
      db,
      workspaceId,
      users.map((u) => u.key),
      cache,
    );
    const people = users.map((u) => ({ ...u, key: book.canonical(u.key) }));
    sums.set(workspaceId, { byEvent: foldDailyCounts(events), byUser: foldDailyCounts(people) });
  }
  return sums;
}

function byWorkspace(rows: PendingCount[]): Map<string, PendingCount[]> {
  const out = new Map<string, PendingCount[]>();
  for (const r of rows) {
    const list = out.get(r.workspace_id);
    if (list) list.push(r);
    else out.set(r.workspace_id, [r]);
  }
  return out;
}

function latestPerAccount(rows: DailyCount[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const prev = out.get(r.account_id);
    if (!prev || r.last > prev) out.set(r.account_id, r.last);
  }
  return out;
}
