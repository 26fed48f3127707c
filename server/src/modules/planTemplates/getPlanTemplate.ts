import type { PlanTemplate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { findTemplate } from './load.ts';
import { presentTemplate } from './presenters.ts';

export async function getPlanTemplate({
  ctx,
  templateId,
}: {
  ctx: Ctx;
  templateId: string;
}): Promise<PlanTemplate> {
  authorize(ctx.actor, 'work:read');
  return presentTemplate(await findTemplate(ctx, templateId));
}
