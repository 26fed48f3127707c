import { AccountListQuery, type AccountPage } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentAccount } from './presenters.ts';
import { ACCOUNT_SORT_SPECS, countAccounts, listAccountRows, tagsOf } from './repository.ts';

/** Search, filter, sort and cursor pagination over the workspace's accounts. */
export async function listAccounts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AccountPage> {
  authorize(ctx.actor, 'accounts:read');
  const query = parseInput(AccountListQuery, input);
  const cursor = readCursor(query.cursor);
  const sort = ACCOUNT_SORT_SPECS[query.sort];
  const filters = {
    q: query.q,
    stage: query.stage,
    tier: query.tier,
    ownerId: query.ownerId,
    tag: query.tag,
    renewalBefore: query.renewalBefore,
  };
  const rows = await listAccountRows(ctx.db, ctx.workspace.id, {
    filters,
    sort,
    cursor,
    limit: query.limit + 1,
  });
  const tags = await tagsOf(
    ctx.db,
    ctx.workspace.id,
    rows.slice(0, query.limit).map((r) => r.id),
  );
  const sortValue = (r: (typeof rows)[number]) => r[sort.column as keyof typeof r] as string | number | null;
  return {
    ...toPage(rows, query.limit, (r) => presentAccount(r, tags.get(r.id) ?? []), sortValue),
    ...(query.count ? { total: await countAccounts(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
