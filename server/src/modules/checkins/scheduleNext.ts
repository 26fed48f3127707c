import type { CheckinCadenceDefaults } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { newId } from '../../platform/ids.ts';
import { effectiveCadence, isOnCadence, nextCheckInDay } from './cadence.ts';
import {
  type CadenceAccount,
  findScheduledCheckinRow,
  insertScheduledCheckin,
  lastClosedDays,
} from './repository/index.ts';

/**
 * Adds a scheduled check-in with its audit row and `checkin.scheduled` event, inside the
 * caller's transaction. Returns its id, or null when the account already has one.
 */
export async function addScheduledCheckin(
  tx: Ctx,
  s: { account: Pick<CadenceAccount, 'id' | 'name'>; on: Day; ownerId: string | null; auto: boolean },
): Promise<string | null> {
  const id = newId();
  const added = await insertScheduledCheckin(tx.db, {
    id,
    workspace_id: tx.workspace.id,
    account_id: s.account.id,
    owner_id: s.ownerId,
    scheduled_on: s.on,
    created_by: actingUserId(tx.actor),
    created_at: tx.clock.now().toISOString(),
  });
  if (!added) return null;
  await recordChange(tx, {
    action: 'checkin.scheduled',
    subject: { type: 'checkin', id },
    data: {
      accountId: s.account.id,
      name: s.account.name,
      scheduledOn: s.on,
      ownerId: s.ownerId,
      auto: s.auto,
    },
  });
  return id;
}

/**
 * Makes sure an account on a cadence has its next check-in: the one already scheduled, else a
 * new one on the day the cadence says (or on `on`, when someone chose the day). Returns the
 * scheduled check-in's id, or null when the account has no cadence to keep.
 */
export async function ensureNextCheckin(
  tx: Ctx,
  a: {
    account: CadenceAccount;
    defaults: CheckinCadenceDefaults;
    today: Day;
    ownerId?: string | null | undefined;
    /** The day chosen by hand, instead of the cadence's. */
    on?: Day | undefined;
    /** The day the cadence counts from, instead of the last check-in held or skipped. */
    from?: Day | undefined;
  },
): Promise<{ id: string; created: boolean } | null> {
  const existing = await findScheduledCheckinRow(tx.db, tx.workspace.id, a.account.id);
  if (existing) return { id: existing.id, created: false };
  let on = a.on ?? null;
  if (!on) {
    if (!isOnCadence(a.account.stage)) return null;
    const cadence = effectiveCadence(a.account.checkin_cadence, a.account.tier, a.defaults);
    const last =
      a.from ?? (await lastClosedDays(tx.db, tx.workspace.id, [a.account.id])).get(a.account.id) ?? null;
    on = nextCheckInDay(last, cadence, a.today);
  }
  if (!on) return null;
  const ownerId = a.ownerId ?? a.account.owner_id;
  const id = await addScheduledCheckin(tx, { account: a.account, on, ownerId, auto: !a.on });
  if (id) return { id, created: true };
  // Someone else scheduled one between our look and our insert: that one is the next.
  const theirs = await findScheduledCheckinRow(tx.db, tx.workspace.id, a.account.id);
  return theirs ? { id: theirs.id, created: false } : null;
}
