import { PlanUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { findPlan, loadPlan } from './load.ts';
import { updatePlanRow } from './repository.ts';
import { settlePlan } from './rules.ts';

const FIELDS = {
  kind: 'kind',
  title: 'title',
  goal: 'goal',
  startsOn: 'starts_on',
  ownerId: 'owner_id',
  status: 'status',
} as const;

/** Edits a plan; a new start moves every task dated from it. */
export async function updatePlan({ ctx, planId, input }: { ctx: Ctx; planId: string; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const row = await findPlan(tx, planId);
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    const patch: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const [key, column] of Object.entries(FIELDS) as [keyof typeof FIELDS, keyof typeof row][]) {
      const value = data[key];
      if (value === undefined || value === row[column]) continue;
      patch[column] = value;
      changed.push(key);
    }
    if (changed.length === 0) return loadPlan(tx, planId);
    await updatePlanRow(tx.db, tx.workspace.id, planId, {
      ...patch,
      updated_at: tx.clock.now().toISOString(),
    });
    if (data.startsOn) await settlePlan(tx, planId, data.startsOn);
    await recordChange(tx, {
      action: 'plan.updated',
      subject: { type: 'plan', id: planId },
      data: { accountId: row.account_id, changed, ...(data.status ? { status: data.status } : {}) },
    });
    return loadPlan(tx, planId);
  });
}
