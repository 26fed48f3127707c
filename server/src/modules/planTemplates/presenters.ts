import { type PlanTemplate, PlanTemplateMilestone, PlanTemplateTask } from '@trustcircle/contracts';
import { z } from 'zod';
import { flag, parseJson } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import type { TemplateBody } from './graph.ts';
import type { TemplateRow } from './repository.ts';

const StoredBody = z.object({
  milestones: z.array(PlanTemplateMilestone),
  tasks: z.array(PlanTemplateTask),
});

/**
 * Bodies are validated before they are stored, so one that no longer parses (written by a
 * newer version, then downgraded) is a fault to report, not a template to guess at.
 */
export function bodyOf(row: Pick<TemplateRow, 'id' | 'body'>): TemplateBody {
  const parsed = StoredBody.safeParse(parseJson<unknown>(row.body, null));
  if (!parsed.success) throw new Error(`plan template ${row.id} has a body this version cannot read`);
  return parsed.data;
}

export const presentTemplate = (r: TemplateRow): PlanTemplate => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  title: r.title,
  goal: r.goal,
  ...bodyOf(r),
  startsOnStage: r.starts_on_stage,
  startsOnPhase: r.starts_on_phase,
  archived: flag(r.archived),
  createdBy: personRef(r.created_by, r.created_by_name, r.created_by_email),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
