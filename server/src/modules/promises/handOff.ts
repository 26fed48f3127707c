import { HandoffInput, type HandoffResult } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount, updateAccount } from '../accounts/index.ts';
import { createNeed } from '../checkins/index.ts';
import { changeStage } from '../lifecycle/index.ts';
import { createPromise } from './createPromise.ts';

/**
 * Runs a nested verb for one item of a list in the body, so that its field errors name the
 * item (`promises.1.dueOn`) and land next to the right field in a form.
 */
async function within<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const issues =
      (e instanceof DomainError && e.code === 'VALIDATION' && (e.details as Issues)?.issues) || null;
    if (!issues) throw e;
    const named = issues.map((x) => ({ ...x, path: `${path}.${x.path}` }));
    throw invalid(named.map((x) => `${x.path}: ${x.message}`).join('; '), { issues: named });
  }
}
type Issues = { issues?: Array<{ path: string; message: string }> } | undefined;

/** Stages from which a signed deal makes the account a customer. */
const BECOMES_CUSTOMER = new Set(['stranger', 'prospect', 'churned']);

/**
 * The sales-to-success hand-off: what was sold and why, the promises made before the sale,
 * and what the customer wants to achieve, recorded in one go as the account becomes a
 * customer (in onboarding). All of it commits together or not at all.
 */
export async function handOff({ ctx, accountId, input }: { ctx: Ctx; accountId: string; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  authorize(ctx.actor, 'accounts:write');
  const data = parseInput(HandoffInput, input);
  return inTransaction(ctx, async (tx): Promise<HandoffResult> => {
    const account = await loadAccount(tx, accountId);
    if (data.ownerId && data.ownerId !== account.owner?.id)
      await updateAccount({ ctx: tx, accountId, input: { ownerId: data.ownerId } });
    const moves = BECOMES_CUSTOMER.has(account.stage);
    if (moves) {
      await changeStage({
        ctx: tx,
        accountId,
        input: { stage: 'customer', reason: data.reason || 'Sales hand-off' },
      });
    }
    const promises = [];
    for (const [i, draft] of data.promises.entries()) {
      const input = { ...draft, accountId, source: 'sales_handoff' };
      promises.push(await within(`promises.${i}`, () => createPromise({ ctx: tx, input })));
    }
    const needIds: string[] = [];
    for (const title of data.successCriteria) {
      const need = await createNeed({
        ctx: tx,
        input: { accountId, title, priority: 'high', source: 'sales_handoff' },
      });
      needIds.push(need.id);
    }
    await recordChange(tx, {
      action: 'account.handed_off',
      subject: { type: 'account', id: accountId },
      data: {
        summary: data.summary,
        promises: promises.map((p) => ({ id: p.id, title: p.title, dueOn: p.dueOn })),
        successCriteria: data.successCriteria,
        movedToCustomer: moves,
      },
    });
    return { accountId, movedToCustomer: moves, promises, needIds };
  });
}
