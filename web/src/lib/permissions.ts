import type { Role } from '@trustcircle/contracts';

/**
 * What each role may do, mirroring the server's permission table so the app can hide or
 * disable what would only be refused. The server stays the authority.
 */
export type Permission =
  | 'data:write'
  | 'accounts:delete'
  | 'members:manage'
  | 'apikeys:manage'
  | 'workspace:manage'
  | 'mail:read'
  | 'audit:read'
  | 'usage:manage'
  | 'sources:manage'
  | 'resources:write'
  | 'resources:manage'
  | 'lifecycle:manage'
  /** The day-to-day record: promises, check-ins, tasks and mutual action plans. */
  | 'work:write';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(),
  csm: new Set(['data:write', 'resources:write', 'work:write']),
  manager: new Set([
    'data:write',
    'accounts:delete',
    'audit:read',
    'usage:manage',
    'resources:write',
    'resources:manage',
    'lifecycle:manage',
    'work:write',
  ]),
  admin: new Set([
    'data:write',
    'accounts:delete',
    'audit:read',
    'members:manage',
    'apikeys:manage',
    'workspace:manage',
    'mail:read',
    'usage:manage',
    'sources:manage',
    'resources:write',
    'resources:manage',
    'lifecycle:manage',
    'work:write',
  ]),
};

export const can = (role: Role | undefined, permission: Permission): boolean =>
  role ? GRANTS[role].has(permission) : false;

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  csm: 'CSM',
  viewer: 'Viewer',
};

export const ROLE_DESCRIPTION: Record<Role, string> = {
  admin: 'Everything, including members, API keys, event sources and workspace settings',
  manager: 'Edit and delete data, manage the feature list and support resources, read the audit log',
  csm: 'Edit accounts, contacts, rapport and the timeline; record uses of support resources',
  viewer: 'Read only',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABEL) as Role[]).map((value) => ({
  value,
  label: ROLE_LABEL[value],
}));
