import { CheckinSkip } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { loadCheckinRow } from './load.ts';
import { presentCheckin } from './presenters.ts';
import { claimScheduledCheckin, updateCheckinRow } from './repository/index.ts';
import { ensureNextCheckin } from './scheduleNext.ts';
import { readCadenceDefaults } from './settings.ts';

/**
 * A check-in that will not happen, with the reason. The cadence goes on from its day (or from
 * today, when it was already late), so the next one is scheduled as if it had been held.
 */
export async function skipCheckin({
  ctx,
  checkinId,
  input,
}: {
  ctx: Ctx;
  checkinId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const { reason } = parseInput(CheckinSkip, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadCheckinRow(tx, checkinId);
    if (row.status !== 'scheduled') throw conflict(`This check-in is already ${row.status}`);
    if (!(await claimScheduledCheckin(tx.db, tx.workspace.id, checkinId, tx.clock.now().toISOString())))
      throw conflict('This check-in was just held or skipped by someone else');
    await updateCheckinRow(
      tx.db,
      tx.workspace.id,
      checkinId,
      { status: 'skipped', notes: reason },
      tx.clock.now().toISOString(),
    );
    await recordChange(tx, {
      action: 'checkin.skipped',
      subject: { type: 'checkin', id: checkinId },
      data: { accountId: row.account_id, name: row.account_name, scheduledOn: row.scheduled_on, reason },
    });
    const today = await workspaceToday(tx);
    const next = await ensureNextCheckin(tx, {
      account: await loadCadenceAccount(tx, row.account_id),
      defaults: await readCadenceDefaults(tx),
      today,
      ownerId: row.owner_id,
      // Skipping a late check-in today starts the next interval today, not on the missed day.
      from: row.scheduled_on > today ? row.scheduled_on : today,
    });
    const present = presentCheckin(today);
    return {
      checkin: present(await loadCheckinRow(tx, checkinId)),
      next: next ? present(await loadCheckinRow(tx, next.id)) : null,
    };
  });
}
