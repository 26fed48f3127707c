import type { Task } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { personRef } from '../users/index.ts';
import type { TaskRow } from './repository.ts';

/** Overdue and snoozed depend on the day it is in the workspace's time zone. */
export const presentTask = (r: TaskRow, today: Day): Task => ({
  id: r.id,
  title: r.title,
  detail: r.detail,
  account: r.account_id ? { id: r.account_id, name: r.account_name ?? '' } : null,
  owner: personRef(r.owner_id, r.owner_name, r.owner_email),
  dueOn: r.due_on,
  priority: r.priority,
  source: r.source,
  sourceRef: r.source_ref,
  status: r.status,
  snoozedUntil: r.snoozed_until,
  snoozed: r.status === 'open' && !!r.snoozed_until && r.snoozed_until > today,
  overdue: r.status === 'open' && !!r.due_on && r.due_on < today,
  doneAt: r.done_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
