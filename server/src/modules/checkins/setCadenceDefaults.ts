import { CheckinCadenceDefaultsUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { setWorkspaceSetting } from '../workspaces/index.ts';
import { CADENCE_SETTING, readCadenceDefaults } from './settings.ts';

/**
 * Changes the default cadence of some tiers (admins). Accounts with their own cadence keep it;
 * the hourly sweep schedules check-ins for accounts that now need one.
 */
export async function setCadenceDefaults({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'workspace:manage');
  const patch = parseInput(CheckinCadenceDefaultsUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await readCadenceDefaults(tx);
    const after = { ...before, ...patch };
    const changed = (Object.keys(after) as Array<keyof typeof after>).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return after;
    await setWorkspaceSetting(tx.db, tx.workspace.id, CADENCE_SETTING, after, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'workspace.checkin_cadence_changed',
      subject: { type: 'workspace', id: tx.workspace.id },
      data: { from: before, to: after, changed },
    });
    return after;
  });
}
