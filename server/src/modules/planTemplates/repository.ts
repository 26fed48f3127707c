import type { Phase, Stage } from '@trustcircle/contracts';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { PlanTemplatesTable } from '../../platform/db/schema.ts';

/** SQL of the plan templates. Every function takes the workspace id. */

export type TemplatePatch = Omit<Updateable<PlanTemplatesTable>, 'id' | 'workspace_id' | 'created_at'>;

function selectTemplates(db: Db, workspaceId: string) {
  return db
    .selectFrom('plan_templates as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .selectAll('t')
    .select(['u.name as created_by_name', 'u.email as created_by_email'])
    .where('t.workspace_id', '=', workspaceId);
}

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplateRow>>>;

export async function findTemplateRow(db: Db, workspaceId: string, id: string) {
  return selectTemplates(db, workspaceId).where('t.id', '=', id).executeTakeFirst();
}

/** A workspace's templates by name (a workspace has a handful, so no pages). */
export async function listTemplateRows(db: Db, workspaceId: string, withArchived: boolean) {
  let q = selectTemplates(db, workspaceId);
  if (!withArchived) q = q.where('t.archived', '=', 0);
  return q.orderBy('t.archived').orderBy('t.name').orderBy('t.id').execute();
}

export async function countTemplates(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_templates')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertTemplate(db: Db, row: Insertable<PlanTemplatesTable>) {
  await db.insertInto('plan_templates').values(row).execute();
}

export async function updateTemplateRow(db: Db, workspaceId: string, id: string, patch: TemplatePatch) {
  await db
    .updateTable('plan_templates')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** The templates, not archived, that start a plan when an account enters this stage or phase. */
export async function templatesStartingOn(
  db: Db,
  workspaceId: string,
  entered: { stage: Stage | null; phase: Phase | null },
) {
  const { stage, phase } = entered;
  if (!stage && !phase) return [];
  return selectTemplates(db, workspaceId)
    .where('t.archived', '=', 0)
    .where((eb) =>
      eb.or([
        ...(stage ? [eb('t.starts_on_stage', '=', stage)] : []),
        ...(phase ? [eb('t.starts_on_phase', '=', phase)] : []),
      ]),
    )
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}
