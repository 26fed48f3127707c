import { PasswordResetConfirm, PasswordResetRequest } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { parseInput } from '../../platform/validation.ts';
import { passwordResetMail } from './mails.ts';
import {
  activeWorkspacesOf,
  consumePasswordReset,
  countRecentResets,
  findPasswordReset,
  findUserByEmail,
  insertPasswordReset,
  revokeSessionsOf,
  setPasswordHash,
} from './repository/index.ts';

const VALID_MS = 60 * 60_000;
const MAX_PER_HOUR = 3;

/**
 * Sends a reset link when the email belongs to someone. The caller answers the same way
 * either way, so the endpoint cannot be used to find out who has an account.
 */
export async function requestPasswordReset({ ctx, input }: { ctx: BaseCtx; input: unknown }): Promise<void> {
  const { email } = parseInput(PasswordResetRequest, input);
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  const [workspace] = await activeWorkspacesOf(ctx.db, user.id);
  if (!workspace) return;
  const now = ctx.clock.now();
  if (
    (await countRecentResets(ctx.db, user.id, new Date(now.getTime() - 3_600_000).toISOString())) >=
    MAX_PER_HOUR
  )
    return;
  const token = randomToken();
  await inTransaction(ctx, async (tx) => {
    await insertPasswordReset(tx.db, {
      id: newId(),
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + VALID_MS).toISOString(),
      now: now.toISOString(),
    });
    // Kept in the workspace's mail outbox so that, without SMTP, an admin can pass the link on.
    await queueMail(
      { ...tx, workspace: { id: workspace.id } },
      passwordResetMail({
        to: user.email,
        url: `${tx.baseUrl}/reset-password?token=${encodeURIComponent(token)}`,
      }),
    );
  });
}

/** Sets the new password, uses up the link and signs the person out everywhere. */
export async function resetPassword({
  ctx,
  input,
}: {
  ctx: BaseCtx;
  input: unknown;
}): Promise<{ userId: string }> {
  const { token, password } = parseInput(PasswordResetConfirm, input);
  const reset = await findPasswordReset(ctx.db, hashToken(token));
  const now = ctx.clock.now();
  if (!reset || reset.used_at || new Date(reset.expires_at) <= now) {
    throw new DomainError('NOT_FOUND', 'This reset link is no longer valid. Ask for a new one.');
  }
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    if (!(await consumePasswordReset(tx.db, reset.id, now.toISOString()))) {
      throw new DomainError('NOT_FOUND', 'This reset link was already used.');
    }
    await setPasswordHash(tx.db, reset.user_id, passwordHash, now.toISOString());
    await revokeSessionsOf(tx.db, reset.user_id, now.toISOString());
    for (const ws of await activeWorkspacesOf(tx.db, reset.user_id)) {
      await recordChange(
        {
          ...tx,
          workspace: { id: ws.id, name: ws.name },
          actor: { type: 'user', userId: reset.user_id, role: ws.role, name: '', sessionId: null },
        },
        { action: 'user.password_reset', subject: { type: 'user', id: reset.user_id } },
      );
    }
  });
  return { userId: reset.user_id };
}
