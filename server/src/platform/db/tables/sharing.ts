import type { Generated } from 'kysely';
import type { Flag, Timestamp } from './columns.ts';

// What the customer's people see and do without a login: share links and plan reminders.

export type ShareLinksTable = {
  id: string;
  workspace_id: string;
  subject_type: 'plan';
  subject_id: string;
  account_id: string;
  token_hash: string;
  label: string | null;
  require_code: Flag;
  expires_on: string | null;
  contact_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
  last_viewed_at: Timestamp | null;
  views: Generated<number>;
  actions: Generated<number>;
};

export type ShareCodesTable = {
  id: string;
  workspace_id: string;
  link_id: string;
  contact_id: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
};

export type ShareVisitorsTable = {
  id: string;
  workspace_id: string;
  link_id: string;
  contact_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

export type ShareActivityTable = {
  id: string;
  workspace_id: string;
  link_id: string;
  subject_type: 'plan';
  subject_id: string;
  kind: string;
  contact_id: string | null;
  detail: string | null;
  at: Timestamp;
};

export type PlanRemindersTable = {
  workspace_id: string;
  task_id: string;
  kind: 'unlocked' | 'due_soon' | 'overdue';
  contact_id: string;
  sent_on: string;
};

export type ContactReminderPrefsTable = {
  workspace_id: string;
  contact_id: string;
  frequency: 'daily' | 'weekly' | 'none';
  last_sent_on: string | null;
  updated_at: Timestamp;
};
