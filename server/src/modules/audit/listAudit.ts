import { PageQuery } from '@trustcircle/contracts';
import { listAudit as listAuditRows } from '../../platform/audit/repository.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseJson } from '../../platform/db/json.ts';
import { pageById } from '../../platform/db/keyset.ts';
import { parseInput } from '../../platform/validation.ts';

/** Who did what, newest first. */
export async function listAudit({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'audit:read');
  const query = parseInput(PageQuery, input);
  const rows = await listAuditRows(ctx.db, ctx.workspace.id, {
    before: query.cursor,
    limit: query.limit + 1,
  });
  return pageById(rows, query.limit, (r) => ({
    id: r.id,
    action: r.action,
    actor: { type: r.actor_type, id: r.actor_id, name: r.user_name ?? r.key_name ?? r.source_name ?? null },
    subject: { type: r.subject_type, id: r.subject_id },
    data: parseJson<Record<string, unknown>>(r.data, {}),
    requestId: r.request_id,
    at: r.at,
  }));
}
