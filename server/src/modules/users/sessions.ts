import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { insertSession } from './repository/index.ts';

export type SessionPolicy = { idleMinutes: number; maxDays: number };

export const SESSION_COOKIE = 'tc_session';

export type OpenedSession = { token: string; expiresAt: string; userId: string };

/** Opens a session and returns the cookie token; only its hash is stored. */
export async function openSession(
  ctx: BaseCtx,
  s: { userId: string; workspaceId: string; ip: string; userAgent: string | null; policy: SessionPolicy },
): Promise<OpenedSession> {
  const token = randomToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + s.policy.maxDays * 86_400_000).toISOString();
  await insertSession(ctx.db, {
    id: hashToken(token),
    userId: s.userId,
    workspaceId: s.workspaceId,
    now: now.toISOString(),
    expiresAt,
    ip: s.ip,
    userAgent: s.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt, userId: s.userId };
}

/** Whether a session is still good: not revoked, within its absolute and its idle limit. */
export function sessionIsLive(
  s: { expires_at: string; last_seen_at: string; revoked_at: string | null },
  now: Date,
  policy: SessionPolicy,
): boolean {
  if (s.revoked_at) return false;
  if (new Date(s.expires_at) <= now) return false;
  return now.getTime() - new Date(s.last_seen_at).getTime() <= policy.idleMinutes * 60_000;
}
