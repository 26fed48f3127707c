import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { feedOwner } from './feedOwner.ts';
import { feedUrls } from './feedUrl.ts';
import { insertFeed, revokeFeedsOf } from './repository.ts';

/**
 * A new secret calendar link for the signed-in user. Any earlier link stops working: the
 * secret is shown only now and stored only as its hash, so a new one is how to "see it again".
 */
export async function createCalendarFeed({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'work:read');
  const userId = feedOwner(ctx);
  const token = randomToken();
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await revokeFeedsOf(tx.db, tx.workspace.id, userId, now);
    const id = newId();
    await insertFeed(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now,
      last_read_at: null,
      revoked_at: null,
    });
    await recordChange(tx, { action: 'calendar_feed.created', subject: { type: 'calendar_feed', id } });
    return { ...feedUrls(tx.baseUrl, token), createdAt: now };
  });
}
