import { ACTIVE_NEED_STATUSES, NeedListQuery, type NeedStatus } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadCadenceAccount } from './account.ts';
import { presentNeed } from './presenters.ts';
import { countNeeds, listNeedRows } from './repository/index.ts';

const ACTIVE: readonly NeedStatus[] = ACTIVE_NEED_STATUSES;

/** Needs, newest first. `active=true` keeps the open and being-addressed ones (within `status`, if given). */
export async function listNeeds({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:read');
  const q = parseInput(NeedListQuery, input);
  const cursor = readCursor(q.cursor);
  if (q.accountId) await loadCadenceAccount(ctx, q.accountId);
  const ownerId = resolveOwnerFilter(ctx.actor, q.ownerId);
  const statuses = q.active ? (q.status ?? ACTIVE).filter((s) => ACTIVE.includes(s)) : q.status;
  if (statuses && statuses.length === 0)
    return { data: [], nextCursor: null, ...(q.count ? { total: 0 } : {}) };
  const filters = { accountId: q.accountId, ownerId, statuses, source: q.source };
  const rows = await listNeedRows(ctx.db, ctx.workspace.id, { ...filters, cursor, limit: q.limit + 1 });
  return {
    ...toPage(rows, q.limit, presentNeed, (r) => r.created_at),
    ...(q.count ? { total: await countNeeds(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
