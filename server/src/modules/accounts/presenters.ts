import { type Account, renewalState } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { parseJson } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import type { AccountRow } from './repository.ts';

export type { ChangeOrigin } from '../../platform/audit/record.ts';

/** Money is stored in cents; the API speaks in currency units with two decimals. */
export const toCents = (amount: number) => Math.round(amount * 100);
export const fromCents = (cents: number) => Math.round(cents) / 100;

export const presentAccount = (
  r: AccountRow,
  extra: { tags: string[]; contactsCount: number; today: Day },
): Account => ({
  id: r.id,
  name: r.name,
  domain: r.domain,
  owner: personRef(r.owner_id, r.owner_name, r.owner_email),
  tier: r.tier,
  arr: fromCents(Number(r.arr_cents)),
  mrr: fromCents(Number(r.arr_cents) / 12),
  contractStart: r.contract_start,
  renewalDate: r.renewal_date,
  renewal: renewalState({ stage: r.stage, renewalDate: r.renewal_date }, extra.today),
  stage: r.stage,
  phase: r.phase,
  stageSince: r.stage_since,
  phaseSince: r.phase_since,
  tags: extra.tags,
  customFields: parseJson(r.custom_fields, {}),
  externalId: r.external_id,
  contactsCount: extra.contactsCount,
  usage: {
    lastSeenAt: r.usage_last_seen_at,
    events30d: Number(r.usage_events_30d),
    activeUsers30d: Number(r.usage_users_30d),
  },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
