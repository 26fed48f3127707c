import type { NeedPriority, NeedSource, NeedStatus } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { actingUserId, actorId, type Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { insertNeed, insertNeedEvent, type NeedRow, updateNeedRow } from './repository/index.ts';

// The writes every need verb shares: each keeps the need's history (need_events) and records
// its change, inside the caller's transaction.

function historyEntry(
  tx: Ctx,
  needId: string,
  e: {
    kind: 'created' | 'status' | 'reassessed' | 'edited';
    from?: NeedStatus | null;
    to?: NeedStatus | null;
  },
  note: string | null,
  checkinId: string | null,
) {
  return insertNeedEvent(tx.db, {
    id: newId(),
    workspace_id: tx.workspace.id,
    need_id: needId,
    kind: e.kind,
    from_status: e.from ?? null,
    to_status: e.to ?? null,
    note,
    checkin_id: checkinId,
    actor_type: tx.actor.type,
    actor_id: actorId(tx.actor),
    at: tx.clock.now().toISOString(),
  });
}

export type NewNeed = {
  account: { id: string; name: string };
  title: string;
  detail: string | null;
  priority: NeedPriority;
  source: NeedSource;
  ownerId: string | null;
  checkinId: string | null;
};

export async function addNeed(tx: Ctx, n: NewNeed): Promise<string> {
  const id = newId();
  await insertNeed(tx.db, {
    id,
    workspace_id: tx.workspace.id,
    account_id: n.account.id,
    title: n.title,
    detail: n.detail,
    priority: n.priority,
    status: 'open',
    source: n.source,
    checkin_id: n.checkinId,
    owner_id: n.ownerId,
    created_by: actingUserId(tx.actor),
    created_at: tx.clock.now().toISOString(),
  });
  await historyEntry(tx, id, { kind: 'created', to: 'open' }, null, n.checkinId);
  await recordChange(tx, {
    action: 'need.created',
    subject: { type: 'need', id },
    data: {
      accountId: n.account.id,
      name: n.account.name,
      title: n.title,
      priority: n.priority,
      source: n.source,
      checkinId: n.checkinId,
    },
  });
  return id;
}

/**
 * Where a need stands after someone looked at it: a new status is a change (with its event);
 * the same status is a reassessment that confirms it, kept in the history only.
 */
export async function assessNeed(
  tx: Ctx,
  need: Pick<NeedRow, 'id' | 'account_id' | 'account_name' | 'title' | 'status'>,
  to: NeedStatus,
  note: string | null,
  checkinId: string | null,
): Promise<boolean> {
  if (to === need.status) {
    await historyEntry(tx, need.id, { kind: 'reassessed', from: need.status, to }, note, checkinId);
    return false;
  }
  await updateNeedRow(tx.db, tx.workspace.id, need.id, { status: to }, tx.clock.now().toISOString());
  await historyEntry(tx, need.id, { kind: 'status', from: need.status, to }, note, checkinId);
  await recordChange(tx, {
    action: 'need.status_changed',
    subject: { type: 'need', id: need.id },
    data: {
      accountId: need.account_id,
      name: need.account_name,
      title: need.title,
      from: need.status,
      to,
      note,
      checkinId,
    },
  });
  return true;
}

export async function noteEdit(tx: Ctx, needId: string, note: string | null) {
  await historyEntry(tx, needId, { kind: 'edited' }, note, null);
}
