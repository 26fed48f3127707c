import type { AccountCadence, CheckinCadenceDefaults } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { effectiveCadence, isOnCadence, nextCheckInDay, tierDefault } from './cadence.ts';
import {
  type CadenceAccount,
  findLastDoneCheckinRow,
  findScheduledCheckinRow,
  lastClosedDays,
} from './repository/index.ts';

/** An account's cadence as the API shows it: what is in force, why, and when the next is due. */
export async function describeCadence(
  ctx: Pick<Ctx, 'db' | 'workspace'>,
  account: CadenceAccount,
  defaults: CheckinCadenceDefaults,
  today: Day,
): Promise<AccountCadence> {
  const ws = ctx.workspace.id;
  const [scheduled, lastDone, closed] = await Promise.all([
    findScheduledCheckinRow(ctx.db, ws, account.id),
    findLastDoneCheckinRow(ctx.db, ws, account.id),
    lastClosedDays(ctx.db, ws, [account.id]),
  ]);
  const cadence = effectiveCadence(account.checkin_cadence, account.tier, defaults);
  return {
    accountId: account.id,
    cadence,
    override: account.checkin_cadence,
    tierDefault: tierDefault(account.tier, defaults),
    lastHeldOn: lastDone?.held_on ?? null,
    suggestedOn: isOnCadence(account.stage)
      ? nextCheckInDay(closed.get(account.id) ?? null, cadence, today)
      : null,
    nextScheduled: scheduled ? { id: scheduled.id, scheduledOn: scheduled.scheduled_on } : null,
  };
}
