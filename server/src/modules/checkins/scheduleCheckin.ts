import { CheckinSchedule } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { assertCadenceAccount } from './account.ts';
import { notBeforeToday } from './days.ts';
import { loadCheckin } from './load.ts';
import { findScheduledCheckinRow } from './repository/index.ts';
import { addScheduledCheckin } from './scheduleNext.ts';

/** Schedules an account's next check-in by hand. An account has one scheduled at a time. */
export async function scheduleCheckin({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(CheckinSchedule, input);
  return inTransaction(ctx, async (tx) => {
    const account = await assertCadenceAccount(tx, data.accountId);
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    notBeforeToday('scheduledOn', data.scheduledOn, await workspaceToday(tx));
    const taken = (checkinId?: string) =>
      conflict(`${account.name} already has a check-in scheduled; reschedule that one instead`, {
        checkinId,
      });
    const existing = await findScheduledCheckinRow(tx.db, tx.workspace.id, account.id);
    if (existing) throw taken(existing.id);
    const ownerId = data.ownerId ?? account.owner_id ?? actingUserId(tx.actor);
    const id = await addScheduledCheckin(tx, { account, on: data.scheduledOn, ownerId, auto: false });
    if (!id) throw taken();
    return loadCheckin(tx, id);
  });
}
