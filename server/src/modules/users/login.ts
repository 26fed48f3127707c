import { LoginInput } from '@trustcircle/contracts';
import { verifyPassword } from '../../platform/auth/password.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import {
  activeWorkspacesOf,
  clearLoginFailures,
  findUserByEmail,
  insertLoginFailure,
  loginFailureCounts,
  touchLastLogin,
} from './repository/index.ts';
import { openSession, type SessionPolicy } from './sessions.ts';
import { loginThrottle, throttleWindowStart } from './throttle.ts';

type Client = { ip: string; userAgent: string | null; policy: SessionPolicy };

const WRONG = 'Email or password is incorrect';

/** Email + password sign-in, throttled per (email, IP) and per IP. Returns the session token. */
export async function login({ ctx, input, client }: { ctx: BaseCtx; input: unknown; client: Client }) {
  const { email, password } = parseInput(LoginInput, input);
  const now = ctx.clock.now();
  const counts = await loginFailureCounts(ctx.db, email, client.ip, throttleWindowStart(now));
  const decision = loginThrottle(counts, now);
  if (!decision.allowed) {
    throw new DomainError('LIMIT_EXCEEDED', 'Too many failed sign-ins. Wait a few minutes and try again.', {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok) {
    await insertLoginFailure(ctx.db, { id: newId(), email, ip: client.ip, at: now.toISOString() });
    throw new DomainError('UNAUTHENTICATED', WRONG);
  }
  const [workspace] = await activeWorkspacesOf(ctx.db, user.id);
  if (!workspace)
    throw new DomainError('UNAUTHENTICATED', 'This account has no active workspace. Ask an admin.');
  await clearLoginFailures(ctx.db, email, client.ip);
  await touchLastLogin(ctx.db, user.id, now.toISOString());
  const session = await openSession(ctx, { userId: user.id, workspaceId: workspace.id, ...client });
  return { session, userId: user.id, workspaceId: workspace.id };
}
