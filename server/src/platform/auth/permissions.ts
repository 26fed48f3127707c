import type { Actor, Role } from '../context.ts';
import { DomainError } from '../errors.ts';

export type Permission =
  | 'accounts:read'
  | 'accounts:write'
  | 'accounts:delete'
  | 'contacts:read'
  | 'contacts:write'
  | 'timeline:read'
  | 'timeline:write'
  | 'members:read'
  | 'members:manage'
  | 'apikeys:manage'
  | 'workspace:manage'
  | 'mail:read'
  | 'audit:read'
  | 'import:run'
  | 'usage:read'
  | 'usage:manage'
  | 'sources:manage'
  | 'resources:read'
  | 'resources:write'
  | 'resources:manage'
  | 'work:read'
  | 'work:write'
  | 'lifecycle:manage'
  /** What a customer may do through a share link: only on the link's own subject. */
  | 'share:act';

const READ: Permission[] = [
  'accounts:read',
  'contacts:read',
  'timeline:read',
  'members:read',
  'usage:read',
  'resources:read',
  'work:read',
];
/** `work` is the day-to-day record: promises, check-ins, needs and tasks. */
const WRITE: Permission[] = [
  'accounts:write',
  'contacts:write',
  'timeline:write',
  'resources:write',
  'work:write',
];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(READ),
  csm: new Set([...READ, ...WRITE]),
  manager: new Set([
    ...READ,
    ...WRITE,
    'accounts:delete',
    'import:run',
    'audit:read',
    'usage:manage',
    'resources:manage',
    'lifecycle:manage',
  ]),
  admin: new Set([
    ...READ,
    ...WRITE,
    'accounts:delete',
    'import:run',
    'audit:read',
    'members:manage',
    'apikeys:manage',
    'workspace:manage',
    'mail:read',
    'usage:manage',
    'sources:manage',
    'resources:manage',
    'lifecycle:manage',
  ]),
};

/** What a product backend may do through its events: keep accounts and contacts in step. */
const SOURCE_PERMISSIONS: ReadonlySet<Permission> = new Set([
  'accounts:read',
  'accounts:write',
  'contacts:read',
  'contacts:write',
]);

/** API keys act on data only; managing people, keys and settings needs a signed-in admin. */
const API_KEY_PERMISSIONS: Record<'read' | 'read_write', ReadonlySet<Permission>> = {
  read: new Set(READ),
  read_write: new Set([
    ...READ,
    ...WRITE,
    'accounts:delete',
    'import:run',
    'usage:manage',
    'resources:manage',
  ]),
};

export function can(actor: Actor, permission: Permission): boolean {
  switch (actor.type) {
    case 'user':
      return ROLE_PERMISSIONS[actor.role].has(permission);
    case 'apiKey':
      return API_KEY_PERMISSIONS[actor.scope].has(permission);
    case 'system':
    case 'cli':
      return true;
    case 'source':
      return SOURCE_PERMISSIONS.has(permission);
    case 'shareLink':
      return permission === 'share:act';
  }
}

/** The first line of every verb: throws FORBIDDEN unless the actor may do this. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    const who = actor.type === 'apiKey' ? `This API key (${actor.scope})` : 'Your role';
    throw new DomainError('FORBIDDEN', `${who} does not allow ${permission.replace(':', ' ')}`);
  }
}

export const permissionsOf = (actor: Actor): Permission[] =>
  [...ROLE_PERMISSIONS.admin].filter((p) => can(actor, p));
