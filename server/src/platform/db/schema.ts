import type { ColumnType, Generated } from 'kysely';

/**
 * Column types as both databases return them. Timestamps are ISO-8601 strings on both
 * (PostgreSQL's timestamptz is parsed back to ISO); flags are 0/1 on SQLite and booleans on
 * PostgreSQL, so they are written as numbers and read with Boolean(); JSON is text on SQLite
 * and jsonb on PostgreSQL, so it is written as a string and read with parseJson().
 */
export type Timestamp = string;
export type Flag = ColumnType<boolean | number, number, number>;
export type Json = ColumnType<unknown, string, string>;
export type BigNumber = ColumnType<number, number, number>;

export type WorkspacesTable = {
  id: string;
  name: string;
  currency: string;
  timezone: string;
  settings: Json;
  usage_retention_days: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: Timestamp | null;
};

export type MembershipsTable = {
  workspace_id: string;
  user_id: string;
  role: 'admin' | 'manager' | 'csm' | 'viewer';
  status: 'active' | 'deactivated';
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  workspace_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  revoked_at: Timestamp | null;
};

export type InvitationsTable = {
  id: string;
  workspace_id: string;
  email: string;
  role: 'admin' | 'manager' | 'csm' | 'viewer';
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
};

export type PasswordResetsTable = {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
};

export type LoginFailuresTable = {
  id: string;
  email: string;
  ip: string;
  at: Timestamp;
};

export type ApiKeysTable = {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scope: 'read' | 'read_write';
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

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

export type AuditLogTable = {
  id: string;
  workspace_id: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Json;
  request_id: string | null;
  at: Timestamp;
};

export type OutboxEventsTable = {
  id: string;
  workspace_id: string | null;
  type: string;
  payload: Json;
  created_at: Timestamp;
  dispatched_at: Timestamp | null;
};

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export type JobsTable = {
  id: string;
  workspace_id: string | null;
  type: string;
  payload: Json;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: Timestamp;
  locked_by: string | null;
  locked_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
};

export type ScheduledTasksTable = {
  name: string;
  next_run_at: Timestamp;
  last_run_at: Timestamp | null;
};

export type MailMessagesTable = {
  id: string;
  workspace_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  template: string;
  status: 'queued' | 'sent' | 'failed' | 'outbox';
  error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
};

export type IdempotencyKeysTable = {
  workspace_id: string;
  principal: string;
  key: string;
  request_hash: string;
  status: 'in_progress' | 'done';
  response_status: number | null;
  response_body: string | null;
  created_at: Timestamp;
};

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

export type PromisesTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  title: string;
  detail: string | null;
  kind: 'feature' | 'integration' | 'outcome' | 'service_level' | 'date' | 'other';
  owner_id: string | null;
  contact_id: string | null;
  promised_on: string;
  due_on: string;
  source: 'sales_handoff' | 'meeting' | 'email' | 'support' | 'other';
  status: 'open' | 'kept' | 'late' | 'broken' | 'renegotiated';
  resolved_on: string | null;
  resolved_at: Timestamp | null;
  evidence: string | null;
  overdue_notified_on: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PromiseEventsTable = {
  id: string;
  workspace_id: string;
  promise_id: string;
  kind: 'created' | 'status' | 'renegotiated' | 'edited';
  from_status: string | null;
  to_status: string | null;
  from_due_on: string | null;
  to_due_on: string | null;
  note: string | null;
  actor_type: string;
  actor_id: string | null;
  at: Timestamp;
};

export type TasksTable = {
  id: string;
  workspace_id: string;
  account_id: string | null;
  title: string;
  detail: string | null;
  owner_id: string | null;
  due_on: string | null;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  source: 'manual' | 'playbook' | 'promise' | 'checkin' | 'need' | 'survey' | 'incident';
  source_ref: string | null;
  status: 'open' | 'done';
  snoozed_until: string | null;
  done_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type CheckinsTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  owner_id: string | null;
  scheduled_on: string;
  status: 'scheduled' | 'done' | 'skipped';
  held_on: string | null;
  attendees: Json | null;
  notes: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type NeedsTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  title: string;
  detail: string | null;
  priority: 'low' | 'medium' | 'high';
  status: 'open' | 'being_addressed' | 'met' | 'dropped';
  source: 'checkin' | 'survey' | 'support' | 'meeting' | 'sales_handoff' | 'other';
  checkin_id: string | null;
  owner_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type NeedEventsTable = {
  id: string;
  workspace_id: string;
  need_id: string;
  kind: 'created' | 'status' | 'reassessed' | 'edited';
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  checkin_id: string | null;
  actor_type: string;
  actor_id: string | null;
  at: Timestamp;
};

export type LifecycleRulesTable = {
  id: string;
  workspace_id: string;
  name: string;
  definition: Json;
  enabled: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type CalendarFeedsTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  last_read_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type PlansTable = {
  id: string;
  workspace_id: string;
  account_id: string;
  kind: 'onboarding' | 'expansion' | 'renewal' | 'recovery' | 'custom';
  title: string;
  goal: string | null;
  starts_on: string;
  status: 'active' | 'completed' | 'archived';
  stalled_notified_on: string | null;
  owner_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanMilestonesTable = {
  id: string;
  workspace_id: string;
  plan_id: string;
  title: string;
  position: number;
  due_on: string | null;
  completed_at: Timestamp | null;
};

export type PlanTasksTable = {
  id: string;
  workspace_id: string;
  plan_id: string;
  milestone_id: string | null;
  title: string;
  detail: string | null;
  owner_side: 'vendor' | 'customer';
  owner_user_id: string | null;
  owner_contact_id: string | null;
  due_on: string | null;
  due_rule: Json | null;
  status: 'not_started' | 'in_progress' | 'blocked' | 'done' | 'skipped';
  internal: Flag;
  position: number;
  done_on: string | null;
  overdue_notified_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PlanTaskDependenciesTable = {
  workspace_id: string;
  task_id: string;
  depends_on_task_id: string;
};

export type PlanCommentsTable = {
  id: string;
  workspace_id: string;
  task_id: string;
  author_type: string;
  author_id: string | null;
  body: string;
  created_at: Timestamp;
};

export type Database = {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  login_failures: LoginFailuresTable;
  api_keys: ApiKeysTable;
  accounts: AccountsTable;
  account_tags: AccountTagsTable;
  contacts: ContactsTable;
  rapport_facts: RapportFactsTable;
  timeline_entries: TimelineEntriesTable;
  audit_log: AuditLogTable;
  outbox_events: OutboxEventsTable;
  jobs: JobsTable;
  scheduled_tasks: ScheduledTasksTable;
  mail_messages: MailMessagesTable;
  idempotency_keys: IdempotencyKeysTable;
  sources: SourcesTable;
  usage_events: UsageEventsTable;
  usage_identities: UsageIdentitiesTable;
  stage_changes: StageChangesTable;
  usage_daily: UsageDailyTable;
  usage_daily_users: UsageDailyUsersTable;
  ingestion_warnings: IngestionWarningsTable;
  usage_features: UsageFeaturesTable;
  usage_groups: UsageGroupsTable;
  resources: ResourcesTable;
  resource_uses: ResourceUsesTable;
  promises: PromisesTable;
  promise_events: PromiseEventsTable;
  tasks: TasksTable;
  checkins: CheckinsTable;
  needs: NeedsTable;
  need_events: NeedEventsTable;
  lifecycle_rules: LifecycleRulesTable;
  calendar_feeds: CalendarFeedsTable;
  plans: PlansTable;
  plan_milestones: PlanMilestonesTable;
  plan_tasks: PlanTasksTable;
  plan_task_dependencies: PlanTaskDependenciesTable;
  plan_comments: PlanCommentsTable;
};
