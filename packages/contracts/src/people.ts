import { z } from 'zod';
import { Email, Id, IsoDateTime, sizeLimit, Text } from './common.ts';

export const ROLES = ['admin', 'manager', 'csm', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const SetupInput = z
  .object({
    workspaceName: Text(100),
    name: Text(100),
    email: Email,
    password: Password,
    demo: z.boolean().default(false).describe('fill the workspace with realistic demo data'),
  })
  .strict()
  .meta({ id: 'SetupInput' });
export type SetupInput = z.input<typeof SetupInput>;

export const LoginInput = z
  .object({ email: Email, password: z.string().min(1).max(200) })
  .strict()
  .meta({ id: 'LoginInput' });
export type LoginInput = z.input<typeof LoginInput>;

export const PasswordResetRequest = z.object({ email: Email }).strict();
export const PasswordResetConfirm = z
  .object({ token: z.string().min(10).max(200), password: Password })
  .strict();

export const InvitationCreate = z
  .object({ email: Email, role: Role.default('csm') })
  .strict()
  .meta({ id: 'InvitationCreate' });
export type InvitationCreate = z.input<typeof InvitationCreate>;

export const InvitationAccept = z
  .object({
    token: z.string().min(10).max(200),
    name: Text(100).optional().describe('needed only by someone who has no account yet'),
    password: Password,
  })
  .strict();
export type InvitationAccept = z.input<typeof InvitationAccept>;

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: Role,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    invitedBy: z.object({ id: Id, name: z.string() }).nullable(),
    expiresAt: IsoDateTime,
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const Member = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string(),
    role: Role,
    status: z.enum(['active', 'deactivated']),
    lastLoginAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const MemberUpdate = z
  .object({ role: Role.optional(), status: z.enum(['active', 'deactivated']).optional() })
  .strict()
  .meta({ id: 'MemberUpdate' });
export type MemberUpdate = z.input<typeof MemberUpdate>;

export const Workspace = z
  .object({
    id: Id,
    name: z.string(),
    currency: z.string(),
    timezone: z.string(),
    usageRetentionDays: z.number().int().describe('days raw product events are kept; rollups stay'),
    logo: z.string().nullable().describe("the vendor's logo (a data: URL) shown on share pages"),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Workspace' });
export type Workspace = z.infer<typeof Workspace>;

/** A small image as a data: URL, so share pages show it without another request or host. */
export const Logo = z
  .string()
  .refine(...sizeLimit(150_000, 'must be under about 100 KB'))
  .regex(
    /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/,
    'must be a PNG, JPEG, GIF, WebP or SVG image',
  );

export const WorkspaceUpdate = z
  .object({
    name: Text(100).optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
      .optional(),
    timezone: z
      .string()
      .trim()
      .max(64)
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'must be an IANA time zone such as Europe/Berlin')
      .optional(),
    usageRetentionDays: z.number().int().min(30).max(3650).optional(),
    logo: Logo.nullable().optional().describe('null removes it'),
  })
  .strict()
  .meta({ id: 'WorkspaceUpdate' });

/** Where this installation says it lives: the start of every link in emails and share links. */
export const Installation = z
  .object({
    baseUrl: z
      .string()
      .describe('the address links sent to customers and members start with (TRUSTCIRCLE_BASE_URL)'),
    baseUrlConfigured: z
      .boolean()
      .describe(
        'whether TRUSTCIRCLE_BASE_URL is set; when false, baseUrl is the default http://localhost:<PORT>, which only this machine can open',
      ),
  })
  .meta({ id: 'Installation' });
export type Installation = z.infer<typeof Installation>;

export const Me = z
  .object({
    user: z.object({ id: Id, name: z.string(), email: z.string() }),
    role: Role,
    workspace: Workspace,
    workspaces: z.array(z.object({ id: Id, name: z.string(), role: Role })),
    installation: Installation,
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const API_KEY_SCOPES = ['read', 'read_write'] as const;
export const ApiKeyScope = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

export const ApiKeyCreate = z
  .object({ name: Text(100), scope: ApiKeyScope.default('read_write') })
  .strict()
  .meta({ id: 'ApiKeyCreate' });
export type ApiKeyCreate = z.input<typeof ApiKeyCreate>;

export const ApiKey = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().describe('the first characters of the key, to recognise it'),
    scope: ApiKeyScope,
    createdBy: z.object({ id: Id, name: z.string() }).nullable(),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyCreated = ApiKey.extend({
  key: z.string().describe('shown only once'),
}).meta({ id: 'ApiKeyCreated' });

export const MailMessage = z
  .object({
    id: Id,
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(['queued', 'sent', 'failed', 'outbox']),
    error: z.string().nullable(),
    createdAt: IsoDateTime,
    sentAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'MailMessage' });
export type MailMessage = z.infer<typeof MailMessage>;
