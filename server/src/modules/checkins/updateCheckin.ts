import { CheckinUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { notBeforeToday } from './days.ts';
import { loadCheckin, loadCheckinRow } from './load.ts';
import { type CheckinPatch, updateCheckinRow } from './repository/index.ts';

/**
 * Reschedules a check-in or hands it to someone else; once held, corrects its notes and
 * sentiment. Each belongs to one part of its life, so the other part's fields are refused.
 */
export async function updateCheckin({
  ctx,
  checkinId,
  input,
}: {
  ctx: Ctx;
  checkinId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'work:write');
  const d = parseInput(CheckinUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadCheckinRow(tx, checkinId);
    if (d.scheduledOn !== undefined && before.status !== 'scheduled')
      throw conflict(`This check-in is ${before.status}: only a scheduled one can be rescheduled`);
    if ((d.notes !== undefined || d.sentiment !== undefined) && before.status === 'scheduled')
      throw conflict('Notes and sentiment are recorded when the check-in is held (complete it)');
    if (d.sentiment !== undefined && before.status !== 'done')
      throw conflict('Only a check-in that was held has a sentiment');
    if (d.scheduledOn !== undefined) notBeforeToday('scheduledOn', d.scheduledOn, await workspaceToday(tx));
    await assertActiveMember(tx, d.ownerId, 'ownerId');
    const patch: CheckinPatch = {};
    if (d.scheduledOn !== undefined && d.scheduledOn !== before.scheduled_on)
      patch.scheduled_on = d.scheduledOn;
    if (d.ownerId !== undefined && d.ownerId !== before.owner_id) patch.owner_id = d.ownerId;
    if (d.notes !== undefined && d.notes !== before.notes) patch.notes = d.notes;
    if (d.sentiment !== undefined && d.sentiment !== before.sentiment) patch.sentiment = d.sentiment;
    const changed = Object.keys(patch);
    if (changed.length > 0) {
      await updateCheckinRow(tx.db, tx.workspace.id, checkinId, patch, tx.clock.now().toISOString());
      await recordChange(tx, {
        action: patch.scheduled_on ? 'checkin.rescheduled' : 'checkin.updated',
        subject: { type: 'checkin', id: checkinId },
        data: {
          accountId: before.account_id,
          name: before.account_name,
          changed,
          ...(patch.scheduled_on ? { from: before.scheduled_on, to: patch.scheduled_on } : {}),
        },
      });
    }
    return loadCheckin(tx, checkinId);
  });
}
