import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { feedOwner } from './feedOwner.ts';
import { revokeFeedsOf } from './repository.ts';

/** Stops the link working, e.g. after it was shared by mistake. */
export async function revokeCalendarFeed({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'work:read');
  const userId = feedOwner(ctx);
  await inTransaction(ctx, async (tx) => {
    await revokeFeedsOf(tx.db, tx.workspace.id, userId, tx.clock.now().toISOString());
    await recordChange(tx, { action: 'calendar_feed.revoked', subject: { type: 'calendar_feed', id: null } });
  });
}
