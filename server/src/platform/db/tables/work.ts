import type { Flag, Json, Timestamp } from './columns.ts';

// Day-to-day work: promises, tasks, check-ins and needs, lifecycle rules, calendar feeds, plans.

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
  /** The template the plan was started from (plan_templates.id), if any. */
  template_id: string | null;
};

export type PlanMilestonesTable = {
  id: string;
  workspace_id: string;
  plan_id: string;
  title: string;
  position: number;
  due_on: string | null;
  completed_at: Timestamp | null;
  /** The customer's rating of the completed milestone, 1–5, from the share page. */
  rating: number | null;
  rating_comment: string | null;
  rated_at: Timestamp | null;
  rated_by_contact_id: string | null;
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
