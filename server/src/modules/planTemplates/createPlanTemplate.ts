import { type PlanTemplate, PlanTemplateCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { normalizeBody } from './graph.ts';
import { findTemplate } from './load.ts';
import { presentTemplate } from './presenters.ts';
import { countTemplates, insertTemplate } from './repository.ts';
import { assertTemplateBody } from './validate.ts';

/** Templates are chosen from a list by people: a hundred is plenty (archived ones count). */
export const MAX_TEMPLATES = 100;

/** Adds a plan template; one that names a stage or phase starts plans from then on. */
export async function createPlanTemplate({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: unknown;
}): Promise<PlanTemplate> {
  authorize(ctx.actor, 'lifecycle:manage');
  const data = parseInput(PlanTemplateCreate, input);
  const body = normalizeBody(data.milestones, data.tasks);
  assertTemplateBody(body);
  return inTransaction(ctx, async (tx) => {
    if ((await countTemplates(tx.db, tx.workspace.id)) >= MAX_TEMPLATES) {
      throw new DomainError('LIMIT_EXCEEDED', `A workspace has at most ${MAX_TEMPLATES} plan templates`);
    }
    const id = newId();
    const now = tx.clock.now().toISOString();
    await insertTemplate(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      name: data.name,
      kind: data.kind,
      title: data.title ?? data.name,
      goal: data.goal,
      body: toJson(body),
      starts_on_stage: data.startsOnStage ?? null,
      starts_on_phase: data.startsOnPhase ?? null,
      archived: toFlag(false),
      created_by: actingUserId(tx.actor),
      created_at: now,
      updated_at: now,
    });
    await recordChange(tx, {
      action: 'plan_template.created',
      subject: { type: 'plan_template', id },
      data: {
        name: data.name,
        kind: data.kind,
        milestones: body.milestones.length,
        tasks: body.tasks.length,
        startsOnStage: data.startsOnStage ?? null,
        startsOnPhase: data.startsOnPhase ?? null,
      },
    });
    return presentTemplate(await findTemplate(tx, id));
  });
}
