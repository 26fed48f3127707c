import type { Clock } from '../../platform/clock.ts';
import type { Ctx, Db } from '../../platform/context.ts';
import { createGroupCommitter, type GroupCommitter } from '../../platform/db/groupCommit.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { setUsageFigures, type UsageFigures } from '../accounts/index.ts';
import { windowTotals } from './repository/index.ts';
import type { RolledUp } from './rollUpEvents.ts';

const DAY = 86_400_000;

/** All these functions need: the database and whose rows. */
type Scope = Pick<Ctx, 'db'> & { workspace: { id: string } };

/** The first day of the 30-day window that ends today (UTC). */
export const windowStart = (now: Date, days = 30) =>
  new Date(now.getTime() - (days - 1) * DAY).toISOString().slice(0, 10);

const refreshers = new WeakMap<Db, GroupCommitter<RolledUp>>();

/**
 * After a rollup pass commits, the usage columns of the accounts it counted are refreshed
 * from the rollups (never the events): refreshes queued within a second are merged, so under
 * load each account is rewritten about once a second, not once per pass.
 * A crash may skip a refresh; the hourly job recomputes every figure.
 */
export function refreshAfterCommit(db: Db, clock: Clock, log: Logger, touched: RolledUp[]) {
  if (touched.every((t) => t.lastSeen.size === 0)) return;
  let r = refreshers.get(db);
  if (!r) {
    r = createGroupCommitter<RolledUp>({
      maxWeight: 1_000_000,
      // At most about once a second under load: each refresh rewrites the touched account rows.
      spacingMs: 1_000,
      write: (items) => refreshTouched(db, clock.now(), items),
      onError: (err) => log.warn({ err }, 'usage figures refresh failed; the hourly job will redo it'),
    });
    refreshers.set(db, r);
  }
  for (const t of touched) r.submit(t, t.lastSeen.size).catch(() => {});
}

/** Waits for the refreshes queued so far (tests, demo data). */
export async function drainFigures(db: Db) {
  await refreshers.get(db)?.drain();
}

async function refreshTouched(db: Db, now: Date, items: RolledUp[]) {
  const byWorkspace = new Map<string, Map<string, string>>();
  for (const item of items) {
    const lastSeen = byWorkspace.get(item.workspaceId) ?? new Map<string, string>();
    byWorkspace.set(item.workspaceId, lastSeen);
    for (const [accountId, at] of item.lastSeen) {
      const prev = lastSeen.get(accountId);
      if (!prev || at > prev) lastSeen.set(accountId, at);
    }
  }
  for (const [workspaceId, lastSeen] of byWorkspace) {
    await refreshAccounts({ db, workspace: { id: workspaceId } }, [...lastSeen.keys()].sort(), now, lastSeen);
  }
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
