import { PromiseListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { ACTIVE_STATUSES } from './keeping.ts';
import { presentPromise } from './presenters.ts';
import { countPromises, listPromiseRows } from './repository.ts';

/** The ledger, soonest due first; filters by account, owner, status, and overdue. */
export async function listPromises({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:read');
  const query = parseInput(PromiseListQuery, input);
  const cursor = readCursor(query.cursor);
  if (query.accountId) await loadAccount(ctx, query.accountId);
  const today = await workspaceToday(ctx);
  const filters = {
    accountId: query.accountId,
    ownerId: resolveOwnerFilter(ctx.actor, query.ownerId),
    statuses: query.active ? ACTIVE_STATUSES : query.status,
    source: query.source,
    overdueBefore: query.overdue ? today : undefined,
    dueBefore: query.dueBefore,
    dueFrom: query.dueFrom,
  };
  const rows = await listPromiseRows(ctx.db, ctx.workspace.id, {
    ...filters,
    direction: query.sort === '-dueOn' ? 'desc' : 'asc',
    cursor,
    limit: query.limit + 1,
  });
  return {
    ...toPage(
      rows,
      query.limit,
      (r) => presentPromise(r, today),
      (r) => r.due_on,
    ),
    ...(query.count ? { total: await countPromises(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
