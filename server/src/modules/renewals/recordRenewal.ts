import { type Renewal, RenewalInput, renews } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { daysBetween, formatDay } from '../../platform/dates.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, DomainError, fieldError, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount, toCents, updateAccount } from '../accounts/index.ts';
import { changeStage } from '../lifecycle/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentRenewal } from './presenters.ts';
import { findRenewalRow, insertRenewal, isDuplicateRenewal } from './repository.ts';
import { decideRenewal } from './terms.ts';

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
    if (!renews(account.stage))
      throw new DomainError(
        'PRECONDITION_FAILED',
        `Only customers and advocates renew; this is a ${account.stage}`,
      );
    const previous = account.renewalDate;
    if (data.expectedRenewalDate !== undefined && data.expectedRenewalDate !== previous)
      throw conflict(
        `The renewal date is now ${previous ? formatDay(previous) : 'unset'}: someone recorded or changed it since. Reload and check before renewing again.`,
      );
    const today = await workspaceToday(tx);
    const renewedOn = data.renewedOn ?? today;
    const decision = decideRenewal({
      previous,
      renewedOn,
      today,
      termMonths: data.termMonths,
      nextRenewalDate: data.nextRenewalDate,
    });
    if (!decision.ok) throw fieldError(decision.field, decision.message);
    const next = decision.next;

    const id = newId();
    const arrAfter = data.arr ?? account.arr;
    await insertOnce(tx, {
      id,
      workspace_id: tx.workspace.id,
      account_id: accountId,
      renewed_on: renewedOn,
      previous_renewal_date: previous,
      next_renewal_date: next,
      term_months: decision.termMonths,
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
    // Still overdue after it (history recorded late): the account stays where the renewal rule put it.
    const movesOn = !decision.stillOverdue && data.phase !== 'renewal';
    if (account.stage === 'customer' && account.phase === 'renewal' && movesOn) {
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

/** The renewal row; the same renewal date renewed twice at once gives the second one a 409. */
async function insertOnce(tx: Ctx, row: Parameters<typeof insertRenewal>[1]) {
  try {
    await insertRenewal(tx.db, row);
  } catch (err) {
    if (isDuplicateRenewal(err)) throw conflict('This renewal was just recorded by someone else');
    throw err;
  }
}
