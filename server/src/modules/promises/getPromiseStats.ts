import { type PromiseStats, PromiseStatsQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { addMonths } from '../../platform/dates.ts';
import { fieldError } from '../../platform/errors.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { personRef } from '../users/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { ACTIVE_STATUSES, monthsOf, settledOn, tally, tallyBy } from './keeping.ts';
import { countPromises, promisesDueBetween } from './repository.ts';

/** Promise-keeping over a period: overall, by month, by team member and by account. */
export async function getPromiseStats({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<PromiseStats> {
  authorize(ctx.actor, 'work:read');
  const query = parseInput(PromiseStatsQuery, input);
  const today = await workspaceToday(ctx);
  const to = query.to ?? today;
  const from = query.from ?? `${addMonths(to, -11).slice(0, 7)}-01`;
  if (from > to) throw fieldError('from', 'must not be after to');
  const filters = { accountId: query.accountId, ownerId: resolveOwnerFilter(ctx.actor, query.ownerId) };
  const last = to < today ? to : today;
  const rows = (await promisesDueBetween(ctx.db, ctx.workspace.id, from, last, filters)).filter((r) => {
    const day = settledOn(r);
    return day >= from && day <= last;
  });
  const months = new Map(tallyBy(rows, (r) => settledOn(r).slice(0, 7), today).map((g) => [g.key, g.tally]));
  const none = tally([], today);
  return {
    from,
    to,
    total: tally(rows, today),
    open: await countPromises(ctx.db, ctx.workspace.id, { ...filters, statuses: ACTIVE_STATUSES }),
    byMonth: monthsOf(from, to).map((month) => ({ month, ...(months.get(month) ?? none) })),
    byOwner: tallyBy(rows, (r) => r.owner_id, today).map(({ key, tally: t }) => {
      const r = rows.find((x) => x.owner_id === key);
      return {
        owner: personRef(key, r?.owner_name, r?.owner_email),
        ...t,
      };
    }),
    byAccount: tallyBy(rows, (r) => r.account_id, today)
      .map(({ key, tally: t }) => ({
        account: { id: key, name: rows.find((x) => x.account_id === key)?.account_name ?? '' },
        ...t,
      }))
      .sort((a, b) => (a.keepingRate ?? 1) - (b.keepingRate ?? 1)),
  };
}
