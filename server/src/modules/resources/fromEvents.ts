import { randomToken } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { findResourcesByRefs, insertUses, type UseRow } from './repository.ts';

/** Product events that mean "this person used that resource". */
export const RESOURCE_EVENTS: Record<string, 'view' | 'registered' | 'attended'> = {
  'Resource Viewed': 'view',
  'Seminar Registered': 'registered',
  'Seminar Attended': 'attended',
};

export type ResourceEvent = {
  messageId: string;
  event: string;
  /** properties.resourceId: our resource id or its tracking-link slug */
  resourceRef: string;
  accountId: string | null;
  contactId: string | null;
  userKey: string;
  timestamp: string;
  rating: number | null;
  comment: string | null;
};

/**
 * Counts uses from ingested events, in the ingestion's transaction. A message id is a use
 * at most once (retries and replays); an unknown resource is reported back, not stored.
 */
export async function recordUsesFromEvents(
  db: Db,
  workspaceId: string,
  events: ResourceEvent[],
): Promise<ResourceEvent[]> {
  if (events.length === 0) return [];
  const found = await findResourcesByRefs(db, workspaceId, [...new Set(events.map((e) => e.resourceRef))]);
  const idOf = new Map<string, string>();
  for (const r of found) {
    idOf.set(r.id, r.id);
    idOf.set(r.slug, r.id);
  }
  const unknown: ResourceEvent[] = [];
  const rows: UseRow[] = [];
  for (const e of events) {
    const resourceId = idOf.get(e.resourceRef);
    if (!resourceId) {
      unknown.push(e);
      continue;
    }
    rows.push({
      id: newId(),
      resource_id: resourceId,
      account_id: e.accountId,
      contact_id: e.contactId,
      user_key: e.userKey,
      kind: RESOURCE_EVENTS[e.event] ?? 'view',
      channel: 'event',
      occurred_at: e.timestamp,
      rating: e.rating,
      comment: e.comment,
      rated_at: e.rating ? e.timestamp : null,
      rating_token: randomToken(),
      dedupe_key: `event:${e.messageId}`,
    });
  }
  await insertUses(db, workspaceId, rows);
  return unknown;
}
