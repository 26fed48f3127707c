import { ContactListQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/db/keyset.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { presentContact } from './presenters.ts';
import { listContactRows } from './repository.ts';

export async function listContacts({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'contacts:read');
  const query = parseInput(ContactListQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw invalid('cursor: not a cursor this API returned');
  if (query.accountId) await loadAccount(ctx.db, ctx.workspace.id, query.accountId);
  const rows = await listContactRows(ctx.db, ctx.workspace.id, actingUserId(ctx.actor), {
    accountId: query.accountId,
    q: query.q,
    role: query.role,
    cursor,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(presentContact),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: last.sort_name, id: last.id }) : null,
  };
}
