import { PlanListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { presentPlanSummary } from './presenters.ts';
import { listPlanRows } from './repository.ts';

/** Plans, newest first; filters by account and status. */
export async function listPlans({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:read');
  const query = parseInput(PlanListQuery, input);
  const cursor = readCursor(query.cursor);
  if (query.accountId) await loadAccount(ctx, query.accountId);
  const rows = await listPlanRows(ctx.db, ctx.workspace.id, {
    accountId: query.accountId,
    statuses: query.status,
    cursor,
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, presentPlanSummary, (r) => r.created_at);
}
