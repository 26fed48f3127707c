import { FunnelQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { computeFunnel } from './funnel.ts';
import { stageChangesUntil } from './repository.ts';

const DAY = 86_400_000;

/** The Trust Circle funnel for a period (default: the last 90 days). */
export async function getFunnel({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'accounts:read');
  const q = parseInput(FunnelQuery, input);
  const now = ctx.clock.now();
  const to = q.to ?? now.toISOString().slice(0, 10);
  const from = q.from ?? new Date(Date.parse(to) - 89 * DAY).toISOString().slice(0, 10);
  if (from > to) throw invalid('from must not be after to', { from: 'after to' });
  if (from > now.toISOString().slice(0, 10))
    throw invalid('The period starts after today', { from: 'in the future' });
  const until = new Date(Date.parse(to) + DAY - 1).toISOString();
  const changes = await stageChangesUntil(ctx.db, ctx.workspace.id, until);
  return computeFunnel(changes, { from, to }, now);
}
