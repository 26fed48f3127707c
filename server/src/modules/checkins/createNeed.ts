import { NeedCreate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { assertCadenceAccount } from './account.ts';
import { loadNeedRow } from './load.ts';
import { addNeed } from './needWrites.ts';
import { presentNeed } from './presenters.ts';

/** Records what a customer needs or wants to achieve. Joins the caller's transaction when there is one. */
export async function createNeed({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(NeedCreate, input);
  return inTransaction(ctx, async (tx) => {
    const account = await assertCadenceAccount(tx, data.accountId);
    await assertActiveMember(tx, data.ownerId, 'ownerId');
    const id = await addNeed(tx, {
      account,
      title: data.title,
      detail: data.detail,
      priority: data.priority,
      source: data.source,
      ownerId: data.ownerId ?? null,
      checkinId: null,
    });
    return presentNeed(await loadNeedRow(tx, id));
  });
}
