import type { Installation, Invitation, Member } from '@trustcircle/contracts';
import type { Config } from '../../platform/config/index.ts';
import type { InvitationRow, MemberRow } from './repository/index.ts';

export const presentMember = (r: MemberRow): Member => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  status: r.status,
  lastLoginAt: r.last_login_at,
  createdAt: r.created_at,
});

export function invitationStatus(
  r: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now: Date,
): Invitation['status'] {
  if (r.accepted_at) return 'accepted';
  if (r.revoked_at) return 'revoked';
  if (new Date(r.expires_at) <= now) return 'expired';
  return 'pending';
}

export const presentInvitation = (r: InvitationRow, now: Date): Invitation => ({
  id: r.id,
  email: r.email,
  role: r.role,
  status: invitationStatus(r, now),
  invitedBy: r.inviter_id ? { id: r.inviter_id, name: r.inviter_name ?? '' } : null,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

/** What the web app needs to know about the installation's address (links shown to customers). */
export const presentInstallation = (c: Pick<Config, 'baseUrl' | 'baseUrlConfigured'>): Installation => ({
  baseUrl: c.baseUrl,
  baseUrlConfigured: c.baseUrlConfigured,
});
