import type { Attendee, Checkin, Need, NeedHistoryEntry, NeedStatus } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { parseJson } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import { daysOverdue } from './cadence.ts';
import type { CheckinRow, NeedEventRow, NeedRow } from './repository/index.ts';

/** Whether a check-in is overdue depends on the day it is in the workspace, so callers pass it. */
export const presentCheckin =
  (today: Day) =>
  (r: CheckinRow): Checkin => {
    const late = daysOverdue(r.status, r.scheduled_on, today);
    return {
      id: r.id,
      account: { id: r.account_id, name: r.account_name },
      owner: personRef(r.owner_id, r.owner_name, r.owner_email),
      scheduledOn: r.scheduled_on,
      status: r.status,
      heldOn: r.held_on,
      attendees: parseJson<Attendee[]>(r.attendees, []),
      notes: r.notes,
      sentiment: r.sentiment,
      overdue: late > 0,
      daysOverdue: late,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  };

export const presentNeed = (r: NeedRow): Need => ({
  id: r.id,
  account: { id: r.account_id, name: r.account_name },
  title: r.title,
  detail: r.detail,
  priority: r.priority,
  status: r.status,
  source: r.source,
  checkinId: r.checkin_id,
  owner: personRef(r.owner_id, r.owner_name, r.owner_email),
  lastAssessedAt: r.last_assessed_at ? new Date(r.last_assessed_at).toISOString() : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const presentNeedEvent = (r: NeedEventRow): NeedHistoryEntry => ({
  id: r.id,
  kind: r.kind,
  fromStatus: r.from_status as NeedStatus | null,
  toStatus: r.to_status as NeedStatus | null,
  note: r.note,
  checkin: r.checkin_id ? { id: r.checkin_id, heldOn: r.checkin_held_on ?? null } : null,
  by: { type: r.actor_type, id: r.actor_id, name: r.by_name },
  at: r.at,
});

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** What to talk about first: higher priority, then older. */
export const byPriority = (a: Need, b: Need) =>
  PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.createdAt.localeCompare(b.createdAt);
