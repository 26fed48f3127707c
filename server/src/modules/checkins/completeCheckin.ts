import { CheckinCompletion, type CompletedCheckin } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { resolveAttendees } from './attendees.ts';
import { notAfterToday, notBeforeToday } from './days.ts';
import { loadCheckinRow } from './load.ts';
import { clearMentions } from './mentions.ts';
import { addNeed } from './needWrites.ts';
import { presentCheckin } from './presenters.ts';
import { reassessNeeds } from './reassessNeeds.ts';
import { claimScheduledCheckin, updateCheckinRow } from './repository/index.ts';
import { ensureNextCheckin } from './scheduleNext.ts';
import { readCadenceDefaults } from './settings.ts';

/**
 * Records a check-in as held: who was there, what was said, how it felt, where each need
 * stands now and which needs are new. Then the next check-in is scheduled from the cadence
 * (with the same owner) unless one already is, or on `nextOn` when given (null: none).
 */
export async function completeCheckin({
  ctx,
  checkinId,
  input,
}: {
  ctx: Ctx;
  checkinId: string;
  input: unknown;
}): Promise<CompletedCheckin> {
  authorize(ctx.actor, 'work:write');
  const d = parseInput(CheckinCompletion, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadCheckinRow(tx, checkinId);
    if (row.status !== 'scheduled') throw conflict(`This check-in is already ${row.status}`);
    if (!(await claimScheduledCheckin(tx.db, tx.workspace.id, checkinId, tx.clock.now().toISOString())))
      throw conflict('This check-in was just held or skipped by someone else');
    const today = await workspaceToday(tx);
    const heldOn = d.heldOn ?? today;
    notAfterToday('heldOn', heldOn, today);
    if (d.nextOn) notBeforeToday('nextOn', d.nextOn, today);
    const account = await loadCadenceAccount(tx, row.account_id);
    const attendees = await resolveAttendees(tx, account.id, d.attendees);
    const needs = await reassessNeeds(tx, { id: checkinId, accountId: account.id }, d.needs);
    const createdNeedIds: string[] = [];
    for (const n of d.newNeeds) {
      const need = { ...n, account, source: 'checkin' as const, ownerId: row.owner_id, checkinId };
      createdNeedIds.push(await addNeed(tx, need));
    }
    const mentioned = await clearMentions(tx, account.id, d.mentionedFactIds);
    const patch = {
      status: 'done' as const,
      held_on: heldOn,
      attendees,
      notes: d.notes,
      sentiment: d.sentiment,
    };
    await updateCheckinRow(tx.db, tx.workspace.id, checkinId, patch, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'checkin.completed',
      subject: { type: 'checkin', id: checkinId },
      data: {
        accountId: account.id,
        name: account.name,
        heldOn,
        sentiment: d.sentiment,
        attendees: attendees.map((a) => a.name),
        notes: d.notes,
        needsReassessed: needs.reassessed,
        needsChanged: needs.changed,
        newNeeds: d.newNeeds.map((n) => n.title),
        rapportMentioned: mentioned,
      },
    });
    const next =
      d.nextOn === null
        ? null
        : await ensureNextCheckin(tx, {
            account,
            defaults: await readCadenceDefaults(tx),
            today,
            ownerId: row.owner_id,
            on: d.nextOn,
          });
    const present = presentCheckin(today);
    return {
      checkin: present(await loadCheckinRow(tx, checkinId)),
      next: next ? present(await loadCheckinRow(tx, next.id)) : null,
      createdNeedIds,
    };
  });
}
