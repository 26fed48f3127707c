import { type IngestionWarningPage, IngestionWarningQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseJson } from '../../platform/db/json.ts';
import { pageById } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';
import { listWarningRows } from './repository/index.ts';

/** Events that were rejected one by one, newest first, with the reason and what was sent. */
export async function listIngestionWarnings({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: unknown;
}): Promise<IngestionWarningPage> {
  authorize(ctx.actor, 'usage:read');
  const q = parseInput(IngestionWarningQuery, input);
  const rows = await listWarningRows(ctx.db, ctx.workspace.id, {
    before: q.cursor,
    sourceId: q.sourceId,
    limit: q.limit + 1,
  });
  return pageById(rows, q.limit, (r) => ({
    id: r.id,
    reason: r.reason,
    type: r.type,
    messageId: r.message_id,
    source: { id: r.source_id, name: r.source_name ?? '(deleted source)' },
    receivedAt: r.received_at,
    payload: parseJson<unknown>(r.payload, r.payload),
  }));
}
