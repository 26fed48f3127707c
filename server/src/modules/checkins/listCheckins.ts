import { CheckinListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { presentCheckin } from './presenters.ts';
import { countCheckins, listCheckinRows } from './repository/index.ts';

/** Check-ins by day; `overdue=true` keeps the scheduled ones whose day has passed in the workspace. */
export async function listCheckins({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:read');
  const q = parseInput(CheckinListQuery, input);
  const cursor = readCursor(q.cursor);
  if (q.accountId) await loadCadenceAccount(ctx, q.accountId);
  const today = await workspaceToday(ctx);
  const filters = {
    accountId: q.accountId,
    ownerId: resolveOwnerFilter(ctx.actor, q.ownerId),
    statuses: q.status,
    overdueBefore: q.overdue ? today : undefined,
    dueBefore: q.dueBefore,
    dueFrom: q.dueFrom,
  };
  const rows = await listCheckinRows(ctx.db, ctx.workspace.id, {
    ...filters,
    direction: q.sort === '-scheduledOn' ? 'desc' : 'asc',
    cursor,
    limit: q.limit + 1,
  });
  return {
    ...toPage(rows, q.limit, presentCheckin(today), (r) => r.scheduled_on),
    ...(q.count ? { total: await countCheckins(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
