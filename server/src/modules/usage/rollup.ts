import type { DailyCount } from './repository/index.ts';

/** The events that count as using the product (identify, group and alias describe people). */
export const isUsage = (type: string) => type === 'track' || type === 'page' || type === 'screen';

export type CountedEvent = { accountId: string; timestamp: string; event: string; userKey: string };

/**
 * Pure: adds up counts that share an (account, day, key), keeping the latest time. Sorted,
 * so concurrent writers on PostgreSQL take row locks in the same order and cannot deadlock.
 */
export function foldDailyCounts(rows: Iterable<DailyCount>): DailyCount[] {
  const folded = new Map<string, DailyCount>();
  for (const r of rows) {
    const id = `${r.account_id}\u0000${r.day}\u0000${r.key}`;
    const into = folded.get(id);
    if (!into) folded.set(id, { ...r });
    else {
      into.count += r.count;
      if (r.last > into.last) into.last = r.last;
    }
  }
  return sortedRows(folded);
}

/**
 * Pure: folds events into the increments for the per-day rollups, one row per
 * (account, day, event) and per (account, day, person). Counted straight into the rows: it
 * runs for every event ingested.
 */
export function rollupIncrements(events: CountedEvent[]): { byEvent: DailyCount[]; byUser: DailyCount[] } {
  const byEvent = new Map<string, DailyCount>();
  const byUser = new Map<string, DailyCount>();
  const add = (map: Map<string, DailyCount>, accountId: string, day: string, key: string, at: string) => {
    const id = `${accountId}\u0000${day}\u0000${key}`;
    const row = map.get(id);
    if (!row) map.set(id, { account_id: accountId, day, key, count: 1, last: at });
    else {
      row.count++;
      if (at > row.last) row.last = at;
    }
  };
  for (const e of events) {
    const day = e.timestamp.slice(0, 10);
    add(byEvent, e.accountId, day, e.event, e.timestamp);
    add(byUser, e.accountId, day, e.userKey, e.timestamp);
  }
  return { byEvent: sortedRows(byEvent), byUser: sortedRows(byUser) };
}

const sortedRows = (rows: Map<string, DailyCount>) =>
  [...rows.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
