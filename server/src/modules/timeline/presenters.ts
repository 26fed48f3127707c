import type { TimelineEntry } from '@trustcircle/contracts';
import { parseJson } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import type { EntryRow } from './repository.ts';

export const presentEntry = (r: EntryRow): TimelineEntry => ({
  id: r.id,
  accountId: r.account_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  occurredAt: r.occurred_at,
  contact: r.contact_id
    ? {
        id: r.contact_id,
        name: r.contact_last_name
          ? `${r.contact_first_name} ${r.contact_last_name}`
          : (r.contact_first_name ?? ''),
      }
    : null,
  author: personRef(r.author_id, r.author_name, r.author_email),
  event: r.event,
  data: r.data ? parseJson<Record<string, unknown>>(r.data, {}) : null,
  createdAt: r.created_at,
});
