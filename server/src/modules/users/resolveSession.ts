import { hashToken } from '../../platform/auth/tokens.ts';
import type { Actor, BaseCtx, WorkspaceRef } from '../../platform/context.ts';
import { findSessionWithMember, touchSession } from './repository/index.ts';
import { type SessionPolicy, sessionIsLive } from './sessions.ts';

const TOUCH_EVERY_MS = 60_000;

/** Turns a session cookie into a principal, or null when the session is gone or stale. */
export async function resolveSession(
  ctx: BaseCtx,
  token: string,
  policy: SessionPolicy,
): Promise<{ workspace: WorkspaceRef; actor: Actor } | null> {
  const s = await findSessionWithMember(ctx.db, hashToken(token));
  const now = ctx.clock.now();
  if (s?.status !== 'active' || !sessionIsLive(s, now, policy)) return null;
  // Sliding idle timeout, written at most once a minute to spare the database.
  if (now.getTime() - new Date(s.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await touchSession(ctx.db, s.id, now.toISOString());
  }
  return {
    workspace: { id: s.workspace_id, name: s.workspace_name },
    actor: { type: 'user', userId: s.user_id, role: s.role, name: s.user_name, sessionId: s.id },
  };
}
