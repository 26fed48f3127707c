import type { PlanTaskUpdate } from '@trustcircle/contracts';
import type { z } from 'zod';
import type { Day } from '../../platform/dates.ts';
import { toFlag, toJson } from '../../platform/db/json.ts';
import { conflict, fieldError } from '../../platform/errors.ts';
import { isLocked } from './accountability.ts';
import type { PlanTaskRecord, TaskPatch } from './repository.ts';

type Data = z.output<typeof PlanTaskUpdate>;
type Row = PlanTaskRecord;

/**
 * The owner after an edit: switching sides drops the other side's owner unless a new one is
 * given, so a customer task never keeps a team member as its owner.
 */
export function nextOwner(row: Row, d: Data) {
  const side = d.ownerSide ?? row.owner_side;
  const keep = side === row.owner_side;
  return {
    side,
    userId: d.ownerUserId !== undefined ? d.ownerUserId : keep ? row.owner_user_id : null,
    contactId: d.ownerContactId !== undefined ? d.ownerContactId : keep ? row.owner_contact_id : null,
  };
}

/** Only the fields that change, with their column names; done sets (and undoing clears) done_on. */
export function taskPatch(row: Row, d: Data, owner: ReturnType<typeof nextOwner>, today: Day) {
  if (d.dueRule && d.dueOn) throw fieldError('dueOn', 'give a due date or a due rule, not both');
  const patch: TaskPatch = {};
  const set = <K extends keyof TaskPatch & keyof Row>(k: K, v: TaskPatch[K] | undefined) => {
    if (v !== undefined && v !== row[k]) patch[k] = v;
  };
  set('title', d.title);
  set('detail', d.detail);
  set('owner_side', owner.side);
  set('owner_user_id', owner.userId);
  set('owner_contact_id', owner.contactId);
  set('milestone_id', d.milestoneId);
  if (d.internal !== undefined && toFlag(d.internal) !== Number(row.internal))
    patch.internal = toFlag(d.internal);
  if (d.dueRule) patch.due_rule = toJson(d.dueRule);
  else if (d.dueOn !== undefined || d.dueRule === null) {
    if (row.due_rule != null) patch.due_rule = null;
    if (d.dueOn !== undefined) set('due_on', d.dueOn);
  }
  // A new due date is a new chance: overdue is reported again if this one passes too.
  if (patch.due_on !== undefined || patch.due_rule !== undefined) patch.overdue_notified_on = null;
  if (d.status && d.status !== row.status) {
    patch.status = d.status;
    patch.done_on = d.status === 'done' ? today : null;
  }
  return patch;
}

/** Starting or finishing a task waits for what it depends on. */
export function assertUnlocked(status: Data['status'], dependencyStatuses: Row['status'][]) {
  if ((status === 'in_progress' || status === 'done') && isLocked(dependencyStatuses))
    throw conflict('This task waits for tasks it depends on that are not done or skipped yet');
}
