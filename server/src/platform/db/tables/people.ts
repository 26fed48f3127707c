import type { Generated } from 'kysely';
import type { Json, Timestamp } from './columns.ts';

// Workspaces, people and access: the tables every request reads.

export type WorkspacesTable = {
  id: string;
  name: string;
  currency: string;
  timezone: string;
  settings: Json;
  usage_retention_days: Generated<number>;
  /** A data: URL of the vendor's logo, shown on share pages and emails. */
  logo: string | null;
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

/** A failed sign-in without a device cookie, counted for the per-address cap across accounts. */
export type LoginFailuresTable = {
  id: string;
  email: string;
  /** The address as counted: an IPv4 address, or an IPv6 /64. */
  ip: string;
  at: Timestamp;
};

/** Consecutive failed sign-ins of one account from one kind of client (see throttle.ts). */
export type LoginCountersTable = {
  email: string;
  /** `*`: every browser without a device cookie for the account; `d:<nonce>`: one that has one. */
  client: string;
  failures: number;
  last_failure_at: Timestamp;
  next_attempt_at: Timestamp;
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
