import { AccountListQuery, type AccountPage } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentAccount } from './presenters.ts';
import { ACCOUNT_SORT_SPECS, contactCountsOf, countAccounts, listAccountRows, tagsOf } from './repository.ts';

/** Search, filter, sort and cursor pagination over the workspace's accounts. */
export async function listAccounts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AccountPage> {
  authorize(ctx.actor, 'accounts:read');
  const query = parseInput(AccountListQuery, input);
  const cursor = readCursor(query.cursor);
  const sort = ACCOUNT_SORT_SPECS[query.sort];
  const filters = {
    q: query.q,
    stage: query.stage,
    phase: query.phase,
    tier: query.tier,
    ownerId: query.ownerId,
    tag: query.tag,
    renewalBefore: query.renewalBefore,
    inactiveSince:
      query.inactiveDays === undefined
        ? undefined
        : new Date(ctx.clock.now().getTime() - query.inactiveDays * 86_400_000).toISOString(),
    minActiveUsers30d: query.minActiveUsers30d,
  };
  const rows = await listAccountRows(ctx.db, ctx.workspace.id, {
    filters,
    sort,
    cursor,
    limit: query.limit + 1,
  });
  const ids = rows.slice(0, query.limit).map((r) => r.id);
  // The workspace's day decides whether a renewal is overdue: one primary-key read, not a join
  // (joining workspaces turned SQLite's plans for sorted, filtered pages into full sorts).
  const [tags, contacts, today] = await Promise.all([
    tagsOf(ctx.db, ctx.workspace.id, ids),
    contactCountsOf(ctx.db, ctx.workspace.id, ids),
    workspaceToday(ctx),
  ]);
  const present = (r: (typeof rows)[number]) =>
    presentAccount(r, { tags: tags.get(r.id) ?? [], contactsCount: contacts.get(r.id) ?? 0, today });
  const sortValue = (r: (typeof rows)[number]) => r[sort.column as keyof typeof r] as string | number | null;
  return {
    ...toPage(rows, query.limit, present, sortValue),
    ...(query.count ? { total: await countAccounts(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
