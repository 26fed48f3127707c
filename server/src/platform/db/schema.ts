/**
 * The database as Kysely sees it. The table types live by area in ./tables/; this file
 * names them as the database's tables and re-exports them for repositories.
 */
export * from './tables/index.ts';

import type * as T from './tables/index.ts';

export type Database = {
  workspaces: T.WorkspacesTable;
  users: T.UsersTable;
  memberships: T.MembershipsTable;
  sessions: T.SessionsTable;
  invitations: T.InvitationsTable;
  password_resets: T.PasswordResetsTable;
  login_failures: T.LoginFailuresTable;
  login_counters: T.LoginCountersTable;
  api_keys: T.ApiKeysTable;
  accounts: T.AccountsTable;
  account_tags: T.AccountTagsTable;
  contacts: T.ContactsTable;
  rapport_facts: T.RapportFactsTable;
  timeline_entries: T.TimelineEntriesTable;
  audit_log: T.AuditLogTable;
  outbox_events: T.OutboxEventsTable;
  jobs: T.JobsTable;
  scheduled_tasks: T.ScheduledTasksTable;
  mail_messages: T.MailMessagesTable;
  idempotency_keys: T.IdempotencyKeysTable;
  sources: T.SourcesTable;
  usage_events: T.UsageEventsTable;
  usage_identities: T.UsageIdentitiesTable;
  usage_rollup_marks: T.UsageRollupMarksTable;
  stage_changes: T.StageChangesTable;
  renewals: T.RenewalsTable;
  usage_daily: T.UsageDailyTable;
  usage_daily_users: T.UsageDailyUsersTable;
  ingestion_warnings: T.IngestionWarningsTable;
  usage_features: T.UsageFeaturesTable;
  usage_groups: T.UsageGroupsTable;
  resources: T.ResourcesTable;
  resource_uses: T.ResourceUsesTable;
  promises: T.PromisesTable;
  promise_events: T.PromiseEventsTable;
  tasks: T.TasksTable;
  checkins: T.CheckinsTable;
  needs: T.NeedsTable;
  need_events: T.NeedEventsTable;
  lifecycle_rules: T.LifecycleRulesTable;
  calendar_feeds: T.CalendarFeedsTable;
  plans: T.PlansTable;
  plan_milestones: T.PlanMilestonesTable;
  plan_tasks: T.PlanTasksTable;
  plan_task_dependencies: T.PlanTaskDependenciesTable;
  plan_comments: T.PlanCommentsTable;
  plan_templates: T.PlanTemplatesTable;
  share_links: T.ShareLinksTable;
  share_codes: T.ShareCodesTable;
  share_visitors: T.ShareVisitorsTable;
  share_activity: T.ShareActivityTable;
  plan_reminders: T.PlanRemindersTable;
  contact_reminder_prefs: T.ContactReminderPrefsTable;
};
