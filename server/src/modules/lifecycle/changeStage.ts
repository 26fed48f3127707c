import { StageChangeInput } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { samePosition, targetPosition } from './phases.ts';
import { presentStageChange } from './presenters.ts';
import { recordStageChange } from './recordStageChange.ts';
import { findPosition, stageChangeById } from './repository.ts';

/** A manual move on the Trust Circle (stage, or phase inside customer), with its reason. */
export async function changeStage({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'accounts:write');
  const data = parseInput(StageChangeInput, input);
  return inTransaction(ctx, async (tx) => {
    const account = await findPosition(tx.db, tx.workspace.id, accountId);
    if (!account) throw notFound('Account');
    const from = { stage: account.stage, phase: account.phase };
    const to = targetPosition(from, data);
    if (typeof to === 'string') throw invalid(to, { phase: to });
    if (samePosition(from, to))
      throw conflict(
        to.phase ? `The account is already in the ${to.phase} phase` : `The account is already a ${to.stage}`,
      );
    const id = await recordStageChange(tx, { accountId, name: account.name, from, to, reason: data.reason });
    return presentStageChange(await stageChangeById(tx.db, tx.workspace.id, id));
  });
}
