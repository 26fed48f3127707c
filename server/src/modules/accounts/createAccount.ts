import { AccountCreate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { searchable } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { initialPosition, originReason, recordStageChange } from '../lifecycle/index.ts';
import { assertContractDates } from './contractDates.ts';
import { loadAccount } from './load.ts';
import { assertOwner } from './owner.ts';
import { type ChangeOrigin, toCents } from './presenters.ts';
import { findAccountIdByExternalId, insertAccount, replaceTags } from './repository.ts';

/** `origin` only annotates the recorded change, so the timeline can say where an account came from. */
export async function createAccount({
  ctx,
  input,
  origin,
}: {
  ctx: Ctx;
  input: unknown;
  origin?: ChangeOrigin;
}) {
  authorize(ctx.actor, 'accounts:write');
  const data = parseInput(AccountCreate, input);
  return inTransaction(ctx, async (tx) => {
    await assertOwner(tx, data.ownerId);
    assertContractDates(data.contractStart ?? null, data.renewalDate ?? null);
    if (data.externalId && (await findAccountIdByExternalId(tx.db, tx.workspace.id, data.externalId))) {
      throw conflict(`An account with externalId ${data.externalId} already exists`);
    }
    const id = newId();
    const domain = data.domain ?? null;
    const now = tx.clock.now().toISOString();
    const position = initialPosition(data.stage, origin?.source === 'import');
    await insertAccount(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      name: data.name,
      search_text: searchable(data.name, domain),
      domain,
      owner_id: data.ownerId ?? null,
      tier: data.tier ?? null,
      arr_cents: toCents(data.arr ?? (data.mrr ?? 0) * 12),
      contract_start: data.contractStart ?? null,
      renewal_date: data.renewalDate ?? null,
      stage: position.stage,
      phase: position.phase,
      stage_since: now,
      phase_since: position.phase ? now : null,
      custom_fields: data.customFields,
      external_id: data.externalId,
      created_at: now,
    });
    await replaceTags(tx.db, tx.workspace.id, id, data.tags);
    await recordStageChange(tx, {
      accountId: id,
      name: data.name,
      from: null,
      to: position,
      reason: originReason(origin, origin ? 'Created from product events' : 'Created'),
    });
    await recordChange(tx, {
      action: 'account.created',
      subject: { type: 'account', id },
      data: { name: data.name, stage: data.stage, ...origin },
    });
    return loadAccount(tx, id);
  });
}
