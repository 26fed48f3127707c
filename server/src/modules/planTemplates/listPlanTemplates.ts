import { PlanTemplateListQuery, type PlanTemplates } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentTemplate } from './presenters.ts';
import { listTemplateRows } from './repository.ts';

/** The workspace's plan templates by name; archived ones only when asked, after the others. */
export async function listPlanTemplates({
  ctx,
  input,
}: {
  ctx: Ctx;
  input?: unknown;
}): Promise<PlanTemplates> {
  authorize(ctx.actor, 'work:read');
  const q = parseInput(PlanTemplateListQuery, input ?? {});
  const rows = await listTemplateRows(ctx.db, ctx.workspace.id, q.archived);
  return { data: rows.map(presentTemplate) };
}
