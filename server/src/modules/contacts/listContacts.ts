import { ContactListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { presentContact } from './presenters.ts';
import { countContacts, listContactRows } from './repository.ts';

export async function listContacts({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'contacts:read');
  const query = parseInput(ContactListQuery, input);
  const cursor = readCursor(query.cursor);
  if (query.accountId) await loadAccount(ctx, query.accountId);
  const filters = { accountId: query.accountId, q: query.q, role: query.role };
  const rows = await listContactRows(ctx.db, ctx.workspace.id, actingUserId(ctx.actor), {
    ...filters,
    cursor,
    limit: query.limit + 1,
  });
  return {
    ...toPage(rows, query.limit, presentContact, (r) => r.sort_name),
    ...(query.count ? { total: await countContacts(ctx.db, ctx.workspace.id, filters) } : {}),
  };
}
