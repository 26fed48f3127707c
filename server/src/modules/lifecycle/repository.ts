import type { Phase, Stage } from '@trustcircle/contracts';
import type { Db } from '../../platform/context.ts';
import type { StageChangesTable } from '../../platform/db/schema.ts';

export type StageChangeRow = StageChangesTable & { by_name: string | null };

export async function findPosition(db: Db, workspaceId: string, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', 'stage', 'phase'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', accountId)
    .executeTakeFirst();
}

export async function setPosition(
  db: Db,
  workspaceId: string,
  accountId: string,
  change: { stage: Stage; phase: Phase | null; stageChanged: boolean; phaseChanged: boolean; at: string },
) {
  await db
    .updateTable('accounts')
    .set({
      stage: change.stage,
      phase: change.phase,
      ...(change.stageChanged ? { stage_since: change.at } : {}),
      ...(change.phaseChanged ? { phase_since: change.phase ? change.at : null } : {}),
      updated_at: change.at,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', accountId)
    .execute();
}

export async function insertStageChange(db: Db, row: StageChangesTable) {
  await db.insertInto('stage_changes').values(row).execute();
}

function selectChanges(db: Db, workspaceId: string) {
  return db
    .selectFrom('stage_changes as c')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'c.actor_id').on('c.actor_type', '=', 'user'))
    .leftJoin('api_keys as k', (j) => j.onRef('k.id', '=', 'c.actor_id').on('c.actor_type', '=', 'apiKey'))
    .leftJoin('lifecycle_rules as r', (j) =>
      j
        .onRef('r.id', '=', 'c.actor_id')
        .on('c.actor_type', '=', 'rule')
        .onRef('r.workspace_id', '=', 'c.workspace_id'),
    )
    .selectAll('c')
    .select((eb) => eb.fn.coalesce('u.name', 'k.name', 'r.name').as('by_name'))
    .where('c.workspace_id', '=', workspaceId);
}

export async function stageChangeById(db: Db, workspaceId: string, id: string) {
  return selectChanges(db, workspaceId).where('c.id', '=', id).executeTakeFirstOrThrow();
}

/** An account's history, newest first. */
export async function stageChangesOf(db: Db, workspaceId: string, accountId: string, limit: number) {
  return selectChanges(db, workspaceId)
    .where('c.account_id', '=', accountId)
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}

/** Every change up to a moment, per account in time order: what the funnel is computed from. */
export async function stageChangesUntil(db: Db, workspaceId: string, until: string) {
  return db
    .selectFrom('stage_changes')
    .select(['account_id', 'to_stage', 'to_phase', 'changed_at'])
    .where('workspace_id', '=', workspaceId)
    .where('changed_at', '<=', until)
    .orderBy('account_id')
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}
