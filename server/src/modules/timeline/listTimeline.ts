import { TimelineQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
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
  const cursor = readCursor(query.cursor);
  await loadAccount(ctx, accountId);
  const rows = await listEntryRows(ctx.db, ctx.workspace.id, accountId, {
    kind: query.kind,
    cursor,
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, presentEntry, (r) => r.occurred_at);
}
