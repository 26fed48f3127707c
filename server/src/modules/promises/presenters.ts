import type { PromiseHistory, PromiseItem, PromiseStatus } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { personRef } from '../users/index.ts';
import { daysOverdue } from './keeping.ts';
import type { PromiseRow, promiseEventsOf } from './repository.ts';

/** Overdue depends on the day it is in the workspace's time zone, so the presenter is told. */
export function presentPromise(r: PromiseRow, today: Day): PromiseItem {
  const late = daysOverdue(r.status, r.due_on, today);
  return {
    id: r.id,
    account: { id: r.account_id, name: r.account_name },
    title: r.title,
    detail: r.detail,
    kind: r.kind,
    owner: personRef(r.owner_id, r.owner_name, r.owner_email),
    contact:
      r.contact_id && r.contact_first_name
        ? {
            id: r.contact_id,
            name: r.contact_last_name
              ? `${r.contact_first_name} ${r.contact_last_name}`
              : r.contact_first_name,
          }
        : null,
    promisedOn: r.promised_on,
    dueOn: r.due_on,
    source: r.source,
    status: r.status,
    overdue: late > 0,
    daysOverdue: late,
    resolvedOn: r.resolved_on,
    evidence: r.evidence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

type EventRow = Awaited<ReturnType<typeof promiseEventsOf>>[number];

export const presentPromiseEvent = (e: EventRow): PromiseHistory['data'][number] => ({
  id: e.id,
  kind: e.kind,
  fromStatus: e.from_status as PromiseStatus | null,
  toStatus: e.to_status as PromiseStatus | null,
  fromDueOn: e.from_due_on,
  toDueOn: e.to_due_on,
  note: e.note,
  by: { type: e.actor_type, id: e.actor_id, name: e.by_name ?? null },
  at: e.at,
});
