import { AccountListQuery, type AccountPage } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/db/keyset.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentAccount } from './presenters.ts';
import { ACCOUNT_SORT_SPECS, countAccounts, listAccountRows, tagsOf } from './repository.ts';

/** Search, filter, sort and cursor pagination over the workspace's accounts. */
export async function listAccounts({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<AccountPage> {
  authorize(ctx.actor, 'accounts:read');
  const query = parseInput(AccountListQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw invalid('cursor: not a cursor this API returned');
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
  const page = rows.slice(0, query.limit);
  const tags = await tagsOf(
    ctx.db,
    ctx.workspace.id,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  const sortValue = (r: (typeof page)[number]) => r[sort.column as keyof typeof r] as string | number | null;
  return {
    data: page.map((r) => presentAccount(r, tags.get(r.id) ?? [])),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: sortValue(last), id: last.id }) : null,
    ...(query.count ? { total: await countAccounts(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
