import { type PlanTemplate, PlanTemplateUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { flag, toFlag, toJson } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { normalizeBody } from './graph.ts';
import { findTemplate } from './load.ts';
import { bodyOf, presentTemplate } from './presenters.ts';
import { updateTemplateRow } from './repository.ts';
import { assertTemplateBody } from './validate.ts';

const FIELDS = [
  'name',
  'kind',
  'title',
  'goal',
  'milestones',
  'tasks',
  'startsOnStage',
  'startsOnPhase',
  'archived',
] as const;

/**
 * Edits a template; milestones and tasks, when given, replace the lists. Plans already
 * started from it keep what they were given. Naming a stage clears the phase and vice versa.
 */
export async function updatePlanTemplate({
  ctx,
  templateId,
  input,
}: {
  ctx: Ctx;
  templateId: string;
  input: unknown;
}): Promise<PlanTemplate> {
  authorize(ctx.actor, 'lifecycle:manage');
  const data = parseInput(PlanTemplateUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findTemplate(tx, templateId);
    const before = presentTemplate(row);
    const stored = bodyOf(row);
    const body = normalizeBody(data.milestones ?? stored.milestones, data.tasks ?? stored.tasks);
    if (data.milestones || data.tasks) assertTemplateBody(body);
    const startsOnStage =
      data.startsOnStage !== undefined
        ? data.startsOnStage
        : data.startsOnPhase
          ? null
          : before.startsOnStage;
    const startsOnPhase =
      data.startsOnPhase !== undefined
        ? data.startsOnPhase
        : data.startsOnStage
          ? null
          : before.startsOnPhase;
    const after: PlanTemplate = {
      ...before,
      name: data.name ?? before.name,
      kind: data.kind ?? before.kind,
      title: data.title ?? before.title,
      goal: data.goal !== undefined ? data.goal : before.goal,
      ...body,
      startsOnStage: startsOnStage ?? null,
      startsOnPhase: startsOnPhase ?? null,
      archived: data.archived ?? flag(row.archived),
    };
    const changed = FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return before;
    await updateTemplateRow(tx.db, tx.workspace.id, templateId, {
      name: after.name,
      kind: after.kind,
      title: after.title,
      goal: after.goal,
      body: toJson(body),
      starts_on_stage: after.startsOnStage,
      starts_on_phase: after.startsOnPhase,
      archived: toFlag(after.archived),
      updated_at: tx.clock.now().toISOString(),
    });
    // Lists are summed up by their length: the audit log is read by people.
    const short = (k: (typeof FIELDS)[number], t: PlanTemplate) =>
      k === 'milestones' || k === 'tasks' ? t[k].length : t[k];
    await recordChange(tx, {
      action: 'plan_template.updated',
      subject: { type: 'plan_template', id: templateId },
      data: {
        name: after.name,
        changed,
        before: Object.fromEntries(changed.map((k) => [k, short(k, before)])),
        after: Object.fromEntries(changed.map((k) => [k, short(k, after)])),
      },
    });
    return presentTemplate(await findTemplate(tx, templateId));
  });
}
