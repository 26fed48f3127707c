import { RatingInput, ResourceUseCreate, ResourceUseQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { readCursor, toPage } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadAccount } from '../accounts/index.ts';
import { loadContact } from '../contacts/index.ts';
import { presentUse } from './presenters.ts';
import { findResource, findUse, insertUses, listUseRows, rateUseRow } from './repository.ts';

/**
 * Records one use by hand or by API: a call to the phone line, a seminar registration or
 * attendance. A contact's account is taken when no account is given.
 */
export async function recordResourceUse({
  ctx,
  resourceId,
  input,
}: {
  ctx: Ctx;
  resourceId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'resources:write');
  const data = parseInput(ResourceUseCreate, input);
  return inTransaction(ctx, async (tx) => {
    const resource = await findResource(tx.db, tx.workspace.id, resourceId);
    if (!resource) throw notFound('Resource');
    const contact = data.contactId ? await loadContact(tx, data.contactId) : null;
    const accountId = data.accountId ?? contact?.accountId ?? null;
    if (data.accountId) await loadAccount(tx, data.accountId);
    if (contact && data.accountId && contact.accountId !== data.accountId) {
      throw invalid('The contact belongs to another account');
    }
    const now = tx.clock.now().toISOString();
    const id = newId();
    const seminarKey = contact && data.kind !== 'view' ? `${resourceId}:${contact.id}:${data.kind}` : null;
    const inserted = await insertUses(tx.db, tx.workspace.id, [
      {
        id,
        resource_id: resourceId,
        account_id: accountId,
        contact_id: contact?.id ?? null,
        user_key: null,
        kind: data.kind,
        channel: tx.actor.type === 'user' ? 'app' : 'api',
        occurred_at: data.occurredAt ? new Date(data.occurredAt).toISOString() : now,
        rating: data.rating ?? null,
        comment: data.comment,
        rated_at: data.rating ? now : null,
        rating_token: randomToken(),
        dedupe_key: seminarKey,
      },
    ]);
    return { recorded: inserted === 1 };
  });
}

/** "Was this helpful?" answered through the API for a use already recorded. */
export async function rateResourceUse({ ctx, useId, input }: { ctx: Ctx; useId: string; input: unknown }) {
  authorize(ctx.actor, 'resources:write');
  const data = parseInput(RatingInput, input);
  await inTransaction(ctx, async (tx) => {
    const use = await findUse(tx.db, tx.workspace.id, useId);
    if (!use) throw notFound('Resource use');
    await rateUseRow(tx.db, tx.workspace.id, useId, {
      rating: data.rating,
      comment: data.comment,
      at: tx.clock.now().toISOString(),
    });
  });
}

export async function listResourceUses({
  ctx,
  resourceId,
  input,
}: {
  ctx: Ctx;
  resourceId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'resources:read');
  const q = parseInput(ResourceUseQuery, input);
  if (!(await findResource(ctx.db, ctx.workspace.id, resourceId))) throw notFound('Resource');
  const rows = await listUseRows(ctx.db, ctx.workspace.id, {
    resourceId,
    accountId: q.accountId,
    cursor: readCursor(q.cursor),
    limit: q.limit + 1,
  });
  return toPage(rows, q.limit, presentUse, (r) => new Date(r.occurred_at).toISOString());
}
