import { LoginInput } from '@trustcircle/contracts';
import { verifyPassword } from '../../platform/auth/password.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { addressKey } from './address.ts';
import { beginAttempt, settleAttempt } from './attempts.ts';
import { deviceCookieName, readDeviceCookie } from './deviceCookie.ts';
import { activeWorkspacesOf, findUserByEmail, touchLastLogin } from './repository/index.ts';
import { openSession, type SessionPolicy } from './sessions.ts';

type Client = {
  ip: string;
  userAgent: string | null;
  policy: SessionPolicy;
  /** The request's cookies: the device cookie for this account may be among them. */
  cookies: Record<string, string | undefined>;
};

type LoginArgs = {
  ctx: BaseCtx;
  input: unknown;
  client: Client;
  /** The installation's secret, which signs device cookies. */
  secret: string;
};

const WRONG = 'Email or password is incorrect';

/**
 * Email + password sign-in behind the throttle (throttle.ts): an attempt that must wait is
 * refused before the password is checked. Returns the session; the transport also gives the
 * browser a new device cookie. Unknown emails take the same path, the same time and the same
 * answers as wrong passwords.
 */
export async function login({ ctx, input, client, secret }: LoginArgs) {
  const { email, password } = parseInput(LoginInput, input);
  const user = await findUserByEmail(ctx.db, email);
  const device = user
    ? readDeviceCookie(secret, user.id, client.cookies[deviceCookieName(secret, user.id)], ctx.clock.now())
    : null;
  const attempt = await beginAttempt(ctx, { email, device, address: addressKey(client.ip) });
  // Checked even without a user, so an unknown email takes as long as a wrong password.
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok) throw new DomainError('UNAUTHENTICATED', WRONG);
  await settleAttempt(ctx, attempt);
  const [workspace] = await activeWorkspacesOf(ctx.db, user.id);
  if (!workspace)
    throw new DomainError('UNAUTHENTICATED', 'This account has no active workspace. Ask an admin.');
  await touchLastLogin(ctx.db, user.id, ctx.clock.now().toISOString());
  const { ip, userAgent, policy } = client;
  const session = await openSession(ctx, {
    userId: user.id,
    workspaceId: workspace.id,
    ip,
    userAgent,
    policy,
  });
  return { session, userId: user.id, workspaceId: workspace.id };
}
