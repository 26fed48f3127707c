import { type AccountUsage, UsageQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import {
  dailyEventCounts,
  dailyUserCounts,
  featureUse,
  listFeatureRows,
  namesOfUsers,
} from './repository/index.ts';
import { settleRollups } from './rollupRunner.ts';
import { dayOf, shiftDay, summarizeUsage, type UserFigures } from './summary.ts';

const MAX_DAYS = 731;

/** An account's usage between two days, from the rollups (never the raw events). */
export async function getAccountUsage({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}): Promise<AccountUsage> {
  authorize(ctx.actor, 'usage:read');
  const q = parseInput(UsageQuery, input);
  const to = q.to ?? dayOf(ctx.clock.now());
  const from = q.from ?? shiftDay(to, -89);
  if (shiftDay(from, MAX_DAYS) < to) throw invalid(`Ask for at most ${MAX_DAYS} days at a time`);
  const account = await loadAccount(ctx, accountId);
  // Events this server committed a moment ago are in the figures it shows.
  await settleRollups(ctx.db);
  const ws = ctx.workspace.id;
  const earliest = [from, shiftDay(to, -59)].sort()[0] ?? from;
  const [events, users, features] = await Promise.all([
    dailyEventCounts(ctx.db, ws, accountId, earliest, to),
    dailyUserCounts(ctx.db, ws, accountId, [from, shiftDay(to, -29)].sort()[0] ?? from, to),
    listFeatureRows(ctx.db, ws),
  ]);
  const s = summarizeUsage({ from, to, events, users });
  const use = new Map(
    (
      await featureUse(
        ctx.db,
        ws,
        accountId,
        features.map((f) => f.event),
      )
    ).map((u) => [u.event, u]),
  );
  const names = await namesOfUsers(
    ctx.db,
    ws,
    [...s.top, ...s.least].map((u) => u.userKey),
  );
  const person = (u: UserFigures) => {
    const n = names.get(u.userKey);
    return {
      userKey: u.userKey,
      name: n?.name ?? null,
      email: n?.email ?? null,
      contactId: n?.contactId ?? null,
      events: u.events,
      activeDays: u.activeDays,
      lastSeenAt: u.lastDay,
    };
  };
  return {
    accountId,
    from,
    to,
    totalEvents: s.totalEvents,
    activeUsers: s.activeUsers,
    lastSeenAt: account.usage.lastSeenAt,
    byEvent: s.byEvent,
    byDay: s.byDay,
    trend: s.trend,
    features: features.map((f) => {
      const u = use.get(f.event);
      return {
        id: f.id,
        name: f.name,
        event: f.event,
        adopted: Boolean(u && Number(u.n) > 0),
        count: Number(u?.n ?? 0),
        firstUsed: (u?.first_day as string | undefined) ?? null,
        lastUsed: (u?.last_day as string | undefined) ?? null,
      };
    }),
    topUsers: s.top.map(person),
    leastUsers: s.least.map(person),
  };
}
