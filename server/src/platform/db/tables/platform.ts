import type { Json, Timestamp } from './columns.ts';

// The platform's own tables: audit, outbox, jobs, mail, idempotency.

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
