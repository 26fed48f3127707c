import { TaskListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { resolveOwnerFilter } from '../../platform/ownerFilter.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentTask } from './presenters.ts';
import { countTasks, listTaskRows } from './repository.ts';

/** Tasks, soonest due first; filters by account, owner, status, overdue and snoozing. */
export async function listTasks({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:read');
  const query = parseInput(TaskListQuery, input);
  const cursor = readCursor(query.cursor);
  if (query.accountId) await loadAccount(ctx, query.accountId);
  const today = await workspaceToday(ctx);
  const filters = {
    accountId: query.accountId,
    ownerId: resolveOwnerFilter(ctx.actor, query.ownerId),
    statuses: query.status,
    source: query.source,
    overdueBefore: query.overdue ? today : undefined,
    dueBefore: query.dueBefore,
    dueFrom: query.dueFrom,
    awakeOn: query.snoozed === false ? today : undefined,
  };
  const rows = await listTaskRows(ctx.db, ctx.workspace.id, { ...filters, cursor, limit: query.limit + 1 });
  return {
    ...toPage(
      rows,
      query.limit,
      (r) => presentTask(r, today),
      (r) => r.due_on,
    ),
    ...(query.count ? { total: await countTasks(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
