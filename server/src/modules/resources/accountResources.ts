import type { AccountResourceSummary } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadAccount } from '../accounts/index.ts';
import { accountUseRows, listResourceRows } from './repository.ts';

/** Which help an account used (how often, how it rated it) and which it never touched. */
export async function getAccountResources({
  ctx,
  accountId,
}: {
  ctx: Ctx;
  accountId: string;
}): Promise<AccountResourceSummary> {
  authorize(ctx.actor, 'resources:read');
  await loadAccount(ctx, accountId);
  const [resources, uses] = await Promise.all([
    listResourceRows(ctx.db, ctx.workspace.id, false),
    accountUseRows(ctx.db, ctx.workspace.id, accountId),
  ]);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const usedIds = new Set(uses.map((u) => u.resource_id));
  return {
    used: uses
      .flatMap((u) => {
        const r = byId.get(u.resource_id);
        if (!r) return [];
        return [
          {
            resource: {
              id: r.id,
              title: r.title,
              kind: r.kind as AccountResourceSummary['neverUsed'][number]['kind'],
            },
            uses: Number(u.uses),
            lastUsedAt: new Date(u.last_used_at).toISOString(),
            averageRating: u.avg_rating === null ? null : Math.round(Number(u.avg_rating) * 100) / 100,
            attended: Number(u.attended),
          },
        ];
      })
      .sort((a, b) => b.uses - a.uses),
    neverUsed: resources
      .filter((r) => !usedIds.has(r.id))
      .map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind as AccountResourceSummary['neverUsed'][number]['kind'],
      })),
  };
}
