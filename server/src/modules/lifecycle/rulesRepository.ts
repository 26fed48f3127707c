import type { Phase, Tier } from '@trustcircle/contracts';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { LifecycleRulesTable } from '../../platform/db/schema.ts';
import type { CandidateBounds } from './rules.ts';

/** SQL of the lifecycle rules: the rules themselves, and the accounts a rule looks at. */

export type RuleRow = Selectable<LifecycleRulesTable>;

export async function listRuleRows(db: Db, workspaceId: string): Promise<RuleRow[]> {
  return db
    .selectFrom('lifecycle_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findRuleRow(db: Db, workspaceId: string, id: string): Promise<RuleRow | undefined> {
  return db
    .selectFrom('lifecycle_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countRules(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('lifecycle_rules')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRule(db: Db, row: Insertable<LifecycleRulesTable>): Promise<void> {
  await db.insertInto('lifecycle_rules').values(row).execute();
}

export async function updateRuleRow(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Pick<Updateable<LifecycleRulesTable>, 'name' | 'definition' | 'enabled' | 'updated_at'>,
): Promise<void> {
  await db
    .updateTable('lifecycle_rules')
    .set(patch)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRuleRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('lifecycle_rules')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** The workspaces the hourly sweep has work in. */
export async function workspacesWithEnabledRules(db: Db): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('workspaces as w')
    .select(['w.id', 'w.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('lifecycle_rules as r')
          .select('r.id')
          .whereRef('r.workspace_id', '=', 'w.id')
          .where('r.enabled', '=', 1),
      ),
    )
    .orderBy('w.id')
    .execute();
}

export type CandidateRow = {
  id: string;
  name: string;
  stage: 'customer';
  phase: Phase;
  tier: Tier | null;
  phase_since: string | null;
  renewal_date: string | null;
};

/** Customers that may match a rule; the pure evaluation decides. */
export async function ruleCandidates(
  db: Db,
  workspaceId: string,
  bounds: CandidateBounds,
  tiers: Tier[] | undefined,
): Promise<CandidateRow[]> {
  let q = db
    .selectFrom('accounts')
    .select(['id', 'name', 'stage', 'phase', 'tier', 'phase_since', 'renewal_date'])
    .where('workspace_id', '=', workspaceId)
    .where('stage', '=', 'customer')
    .where('phase', 'is not', null)
    .where('phase', '<>', bounds.notPhase);
  if (bounds.phase) q = q.where('phase', '=', bounds.phase);
  if (bounds.phaseSinceBefore) q = q.where('phase_since', '<', bounds.phaseSinceBefore);
  if (bounds.renewalFrom) q = q.where('renewal_date', '>=', bounds.renewalFrom);
  if (bounds.renewalTo) q = q.where('renewal_date', '<=', bounds.renewalTo);
  if (tiers) q = q.where('tier', 'in', tiers);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows as CandidateRow[];
}

/** When a rule last moved each of these accounts. */
export async function lastRuleMoves(
  db: Db,
  workspaceId: string,
  ruleId: string,
  accountIds: string[],
): Promise<Map<string, string>> {
  const last = new Map<string, string>();
  for (let i = 0; i < accountIds.length; i += 500) {
    const rows = await db
      .selectFrom('stage_changes')
      .select(['account_id', (eb) => eb.fn.max('changed_at').as('at')])
      .where('workspace_id', '=', workspaceId)
      .where('actor_type', '=', 'rule')
      .where('actor_id', '=', ruleId)
      .where('account_id', 'in', accountIds.slice(i, i + 500))
      .groupBy('account_id')
      .execute();
    for (const r of rows) last.set(r.account_id, String(r.at));
  }
  return last;
}

/**
 * Takes an account for a rule's move only if it is still where the rule saw it. On
 * PostgreSQL the row stays locked until the move commits, so a second sweep running at the
 * same time finds it moved and leaves it alone.
 */
export async function claimPosition(
  db: Db,
  workspaceId: string,
  seen: { id: string; phase: Phase; phase_since: string | null; renewal_date: string | null },
  at: string,
): Promise<boolean> {
  let q = db
    .updateTable('accounts')
    .set({ updated_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', seen.id)
    .where('stage', '=', 'customer')
    .where('phase', '=', seen.phase);
  q = seen.phase_since ? q.where('phase_since', '=', seen.phase_since) : q.where('phase_since', 'is', null);
  q = seen.renewal_date
    ? q.where('renewal_date', '=', seen.renewal_date)
    : q.where('renewal_date', 'is', null);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
