import type { Db } from '../../platform/context.ts';
import { resourceStatsRows, type StatsRow } from './repository.ts';

const DAY = 86_400_000;

/** Stats for many resources in one query, keyed by resource id. */
export async function statsFor(
  db: Db,
  workspaceId: string,
  ids: string[],
  now: Date,
): Promise<Map<string, StatsRow>> {
  const since30 = new Date(now.getTime() - 30 * DAY).toISOString();
  const since60 = new Date(now.getTime() - 60 * DAY).toISOString();
  const rows = await resourceStatsRows(db, workspaceId, ids, since30, since60);
  return new Map(rows.map((r) => [r.resource_id, r]));
}
