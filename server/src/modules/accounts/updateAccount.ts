import { type Account, AccountUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { searchable } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { originReason, recordStageChange, targetPosition } from '../lifecycle/index.ts';
import { assertContractDates } from './contractDates.ts';
import { loadAccount } from './load.ts';
import { assertOwner } from './owner.ts';
import { type ChangeOrigin, toCents } from './presenters.ts';
import { type AccountWrite, replaceTags, updateAccountRow } from './repository.ts';

/** Only the fields given change; `null` clears a field. A stage change is the lifecycle's, with its own event. */
export async function updateAccount({
  ctx,
  accountId,
  input,
  origin,
}: {
  ctx: Ctx;
  accountId: string;
  input: unknown;
  origin?: ChangeOrigin;
}) {
  authorize(ctx.actor, 'accounts:write');
  const data = parseInput(AccountUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadAccount(tx, accountId);
    if (data.ownerId !== undefined) await assertOwner(tx, data.ownerId);
    const patch = toPatch(before, data);
    assertContractDates(
      patch.contract_start === undefined ? before.contractStart : patch.contract_start,
      patch.renewal_date === undefined ? before.renewalDate : patch.renewal_date,
    );
    await updateAccountRow(tx.db, tx.workspace.id, accountId, patch, tx.clock.now().toISOString());
    if (data.tags) await replaceTags(tx.db, tx.workspace.id, accountId, data.tags);
    const after = await loadAccount(tx, accountId);
    const changed = changedFields(before, after);
    if (changed.length > 0) {
      await recordChange(tx, {
        action: 'account.updated',
        subject: { type: 'account', id: accountId },
        data: {
          name: after.name,
          changed,
          before: pick(before, changed),
          after: pick(after, changed),
          ...origin,
        },
      });
    }
    if (data.stage !== undefined && data.stage !== before.stage) {
      const from = { stage: before.stage, phase: before.phase };
      const to = targetPosition(from, { stage: data.stage });
      if (typeof to === 'string') throw invalid(to);
      await recordStageChange(tx, {
        accountId,
        name: after.name,
        from,
        to,
        reason: originReason(origin, 'Changed with the account details'),
        origin,
      });
      return loadAccount(tx, accountId);
    }
    return after;
  });
}

type Parsed = ReturnType<typeof AccountUpdate.parse>;

function toPatch(before: Account, d: Parsed): Partial<AccountWrite> {
  const patch: Partial<AccountWrite> = {};
  if (d.name !== undefined) patch.name = d.name;
  if (d.domain !== undefined) patch.domain = d.domain;
  if (d.name !== undefined || d.domain !== undefined) {
    patch.search_text = searchable(d.name ?? before.name, d.domain === undefined ? before.domain : d.domain);
  }
  if (d.ownerId !== undefined) patch.owner_id = d.ownerId;
  if (d.tier !== undefined) patch.tier = d.tier;
  if (d.arr !== undefined) patch.arr_cents = toCents(d.arr ?? 0);
  else if (d.mrr !== undefined) patch.arr_cents = toCents((d.mrr ?? 0) * 12);
  if (d.contractStart !== undefined) patch.contract_start = d.contractStart;
  if (d.renewalDate !== undefined) patch.renewal_date = d.renewalDate;
  if (d.customFields !== undefined) patch.custom_fields = d.customFields;
  return patch;
}

const TRACKED = [
  'name',
  'domain',
  'owner',
  'tier',
  'arr',
  'contractStart',
  'renewalDate',
  'tags',
  'customFields',
] as const;

function changedFields(a: Account, b: Account): string[] {
  return TRACKED.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const pick = (a: Account, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, k === 'owner' ? (a.owner?.name ?? null) : a[k as keyof Account]]));
