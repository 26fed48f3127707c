import { addMonthsToDay, type Renewal, RenewalInput } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { daysBetween, formatDay } from '../../platform/dates.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError, fieldError, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount, toCents, updateAccount } from '../accounts/index.ts';
import { changeStage } from '../lifecycle/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentRenewal } from './presenters.ts';
import { findRenewalRow, insertRenewal } from './repository.ts';

/**
 * Records a signed renewal: the account's renewal date moves on by the term (or to the date
 * given), its ARR changes if a new one is given, and a customer in the renewal phase moves on
 * (to value unless told otherwise). A passed renewal date is "overdue" until this is done.
 */
export async function recordRenewal({
  ctx,
  accountId,
  input,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
}): Promise<Renewal> {
  authorize(ctx.actor, 'accounts:write');
  const data = parseInput(RenewalInput, input);
  return inTransaction(ctx, async (tx) => {
    const account = await loadAccount(tx, accountId);
    if (account.stage !== 'customer' && account.stage !== 'advocate')
      throw new DomainError(
        'PRECONDITION_FAILED',
        `Only customers and advocates renew; this is a ${account.stage}`,
      );
    const today = await workspaceToday(tx);
    const renewedOn = data.renewedOn ?? today;
    if (renewedOn > today)
      throw fieldError('renewedOn', 'record a renewal once it is signed, not ahead of time');
    const previous = account.renewalDate;
    const next = data.nextRenewalDate ?? addMonthsToDay(previous ?? renewedOn, data.termMonths);
    if (next <= renewedOn) throw fieldError('nextRenewalDate', 'must come after the day it was renewed');
    if (previous && next <= previous)
      throw fieldError('nextRenewalDate', `must come after the current renewal date, ${formatDay(previous)}`);

    const id = newId();
    const arrAfter = data.arr ?? account.arr;
    await insertRenewal(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      account_id: accountId,
      renewed_on: renewedOn,
      previous_renewal_date: previous,
      next_renewal_date: next,
      term_months: data.nextRenewalDate ? null : data.termMonths,
      arr_before_cents: toCents(account.arr),
      arr_after_cents: toCents(arrAfter),
      note: data.note ?? null,
      created_by: actingUserId(tx.actor),
      created_at: tx.clock.now().toISOString(),
    });
    await updateAccount({
      ctx: tx,
      accountId,
      input: { renewalDate: next, ...(data.arr === undefined ? {} : { arr: data.arr }) },
      origin: { source: 'renewal', renewalId: id },
    });
    await recordChange(tx, {
      action: 'account.renewed',
      subject: { type: 'account', id: accountId },
      data: {
        name: account.name,
        renewalId: id,
        renewedOn,
        previousRenewalDate: previous,
        nextRenewalDate: next,
        daysLate: previous ? daysBetween(previous, renewedOn) : null,
        arrBefore: account.arr,
        arrAfter,
        note: data.note ?? null,
      },
    });
    if (account.stage === 'customer' && account.phase === 'renewal' && data.phase !== 'renewal') {
      await changeStage({
        ctx: tx,
        accountId,
        input: { stage: 'customer', phase: data.phase, reason: `Renewed until ${formatDay(next)}` },
      });
    }
    const row = await findRenewalRow(tx.db, tx.workspace.id, id);
    if (!row) throw notFound('Renewal');
    return presentRenewal(row);
  });
}
