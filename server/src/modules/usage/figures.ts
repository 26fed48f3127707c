import type { Ctx } from '../../platform/context.ts';
import { setUsageFigures, type UsageFigures } from '../accounts/index.ts';
import { windowTotals } from './repository.ts';
import type { CountedEvent } from './rollup.ts';

const DAY = 86_400_000;

/** All these functions need: the database and whose rows. */
type Scope = Pick<Ctx, 'db'> & { workspace: { id: string } };

/** The first day of the 30-day window that ends today (UTC). */
export const windowStart = (now: Date, days = 30) =>
  new Date(now.getTime() - (days - 1) * DAY).toISOString().slice(0, 10);

/**
 * Refreshes the usage columns of the accounts these events touched, from the rollups (not
 * the events), so the cost follows the accounts touched, not the volume.
 */
export async function refreshUsageFigures(ctx: Scope, counted: CountedEvent[], now: Date) {
  if (counted.length === 0) return;
  const lastSeen = new Map<string, string>();
  for (const e of counted) {
    const prev = lastSeen.get(e.accountId);
    if (!prev || e.timestamp > prev) lastSeen.set(e.accountId, e.timestamp);
  }
  await refreshAccounts(ctx, [...lastSeen.keys()].sort(), now, lastSeen);
}

/** Recomputes the 30-day figures of the given accounts (also run hourly, as the windows slide). */
export async function refreshAccounts(
  ctx: Scope,
  accountIds: string[],
  now: Date,
  lastSeen = new Map<string, string>(),
) {
  for (let i = 0; i < accountIds.length; i += 200) {
    const ids = accountIds.slice(i, i + 200);
    const totals = await windowTotals(ctx.db, ctx.workspace.id, windowStart(now), ids);
    const figures: UsageFigures[] = ids.map((id) => ({
      accountId: id,
      lastSeenAt: lastSeen.get(id) ?? null,
      events30d: totals.events.get(id) ?? 0,
      users30d: totals.users.get(id) ?? 0,
    }));
    await setUsageFigures(ctx.db, ctx.workspace.id, figures);
  }
}
