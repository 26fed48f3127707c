import { TimelineQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/db/keyset.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { presentEntry } from './presenters.ts';
import { listEntryRows } from './repository.ts';

/** An account's timeline, newest first. */
export async function listTimeline({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'timeline:read');
  const query = parseInput(TimelineQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw invalid('cursor: not a cursor this API returned');
  await loadAccount(ctx.db, ctx.workspace.id, accountId);
  const rows = await listEntryRows(ctx.db, ctx.workspace.id, accountId, {
    kind: query.kind,
    cursor,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(presentEntry),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: last.occurred_at, id: last.id }) : null,
  };
}
