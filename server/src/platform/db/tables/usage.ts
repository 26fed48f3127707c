import type { Generated } from 'kysely';
import type { BigNumber, Json, Timestamp } from './columns.ts';

// Product usage and support resources.

export type SourcesTable = {
  id: string;
  workspace_id: string;
  name: string;
  write_key: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type UsageEventsTable = {
  /** Commit order: the rollups count the events below `usage_rollup_marks.mark`. */
  seq: Generated<number>;
  id: string;
  workspace_id: string;
  source_id: string;
  message_id: string;
  type: 'identify' | 'track' | 'group' | 'page' | 'screen' | 'alias';
  event: string | null;
  user_key: string;
  account_id: string | null;
  timestamp: Timestamp;
  received_at: Timestamp;
  payload: Json;
};

export type UsageRollupMarksTable = {
  name: string;
  /** The first `seq` the rollups do not count yet. */
  mark: BigNumber;
};

export type UsageIdentitiesTable = {
  workspace_id: string;
  user_key: string;
  account_id: string | null;
  contact_id: string | null;
  alias_of: string | null;
  email: string | null;
  name: string | null;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
};

export type UsageDailyTable = {
  workspace_id: string;
  account_id: string;
  day: string;
  event: string;
  count: BigNumber;
  last_at: Timestamp;
};

export type UsageDailyUsersTable = {
  workspace_id: string;
  account_id: string;
  day: string;
  user_key: string;
  count: BigNumber;
};

export type IngestionWarningsTable = {
  id: string;
  workspace_id: string;
  source_id: string;
  reason: string;
  type: string | null;
  message_id: string | null;
  payload: string;
  received_at: Timestamp;
};

export type UsageFeaturesTable = {
  id: string;
  workspace_id: string;
  name: string;
  event: string;
  created_at: Timestamp;
};

export type ResourcesTable = {
  id: string;
  workspace_id: string;
  kind: string;
  title: string;
  url: string | null;
  owner_id: string | null;
  slug: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
};

export type ResourceUsesTable = {
  id: string;
  workspace_id: string;
  resource_id: string;
  account_id: string | null;
  contact_id: string | null;
  user_key: string | null;
  kind: 'view' | 'registered' | 'attended' | 'feedback';
  channel: 'event' | 'link' | 'api' | 'import' | 'app';
  occurred_at: Timestamp;
  rating: number | null;
  comment: string | null;
  rated_at: Timestamp | null;
  rating_token: string;
  dedupe_key: string | null;
};

export type UsageGroupsTable = {
  workspace_id: string;
  group_id: string;
  account_id: string;
  created_at: Timestamp;
};
