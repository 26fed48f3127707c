import type { Generated } from 'kysely';
import type { BigNumber, Flag, Json, Timestamp } from './columns.ts';

// Accounts and the people behind them: stages, contacts, rapport, timeline.

export type AccountsTable = {
  id: string;
  workspace_id: string;
  name: string;
  search_text: string;
  domain: string | null;
  owner_id: string | null;
  tier: 'strategic' | 'enterprise' | 'growth' | 'starter' | null;
  arr_cents: BigNumber;
  contract_start: string | null;
  renewal_date: string | null;
  stage: 'stranger' | 'prospect' | 'customer' | 'advocate' | 'churned';
  phase: 'onboarding' | 'adoption' | 'trough' | 'value' | 'renewal' | null;
  stage_since: Timestamp | null;
  phase_since: Timestamp | null;
  custom_fields: Json;
  external_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  usage_last_seen_at: Generated<Timestamp | null>;
  usage_events_30d: Generated<number>;
  usage_users_30d: Generated<number>;
  checkin_cadence: 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'none' | null;
};

export type StageChangesTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  from_stage: string | null;
  to_stage: string;
  from_phase: string | null;
  to_phase: string | null;
  reason: string;
  actor_type: string;
  actor_id: string | null;
  changed_at: Timestamp;
};

/** A renewal as it was signed; the account's renewal date and ARR move with it. */
export type RenewalsTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  renewed_on: string;
  previous_renewal_date: string | null;
  next_renewal_date: string;
  term_months: number | null;
  arr_before_cents: BigNumber;
  arr_after_cents: BigNumber;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
};

export type AccountTagsTable = {
  workspace_id: string;
  account_id: string;
  tag: string;
};

export type ContactsTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  first_name: string;
  last_name: string | null;
  sort_name: string;
  search_text: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  role: 'champion' | 'decision_maker' | 'executive_sponsor' | 'user' | null;
  is_primary: Flag;
  external_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type RapportFactsTable = {
  id: string;
  workspace_id: string;
  contact_id: string;
  kind: 'family' | 'pet' | 'interest' | 'milestone' | 'travel' | 'other';
  text: string;
  mention_next: Flag;
  visibility: 'private' | 'team';
  author_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type TimelineEntriesTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  kind: 'note' | 'call' | 'meeting' | 'email' | 'system';
  title: string | null;
  body: string;
  occurred_at: Timestamp;
  contact_id: string | null;
  author_id: string | null;
  event: string | null;
  data: Json | null;
  created_at: Timestamp;
};
