import { AccountCadenceSet } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { describeCadence } from './describeCadence.ts';
import { setAccountCadenceRow } from './repository/index.ts';
import { ensureNextCheckin } from './scheduleNext.ts';
import { readCadenceDefaults } from './settings.ts';

/**
 * Gives an account its own cadence (null: back to its tier's default). An account on a
 * cadence without a scheduled check-in gets one at once; one already scheduled keeps its day.
 */
export async function setAccountCadence({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const { cadence } = parseInput(AccountCadenceSet, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadCadenceAccount(tx, accountId);
    const [defaults, today] = [await readCadenceDefaults(tx), await workspaceToday(tx)];
    if (before.checkin_cadence === cadence) return describeCadence(tx, before, defaults, today);
    await setAccountCadenceRow(tx.db, tx.workspace.id, accountId, cadence, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'account.checkin_cadence_changed',
      subject: { type: 'account', id: accountId },
      data: { name: before.name, from: before.checkin_cadence, to: cadence },
    });
    const account = { ...before, checkin_cadence: cadence };
    await ensureNextCheckin(tx, { account, defaults, today });
    return describeCadence(tx, account, defaults, today);
  });
}
