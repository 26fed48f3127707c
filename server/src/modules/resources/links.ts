import { RatingInput } from '@trustcircle/contracts';
import { randomToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx } from '../../platform/context.ts';
import { isDomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { findAccountIdByExternalId, loadAccount } from '../accounts/index.ts';
import { findContactIdByEmail } from '../contacts/index.ts';
import { findResourceBySlug, findUseByToken, insertUses, rateUseRow, type UseRow } from './repository.ts';

/**
 * The public tracking link, /r/<slug>: anyone holding it may follow it and rate the resource,
 * and nothing else. Who clicked comes from optional `account` (our id or its external id)
 * and `contact` (an email) parameters that a team puts into the links it sends.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LinkVisitor = { account?: string | undefined; contact?: string | undefined };

async function resolveVisitor(ctx: BaseCtx, workspaceId: string, v: LinkVisitor) {
  let accountId: string | null = null;
  if (v.account) {
    accountId = UUID.test(v.account)
      ? await accountIdIfInWorkspace(ctx, workspaceId, v.account)
      : await findAccountIdByExternalId(ctx.db, workspaceId, v.account.slice(0, 200));
  }
  const email = v.contact?.trim().toLowerCase().slice(0, 254);
  const contactId =
    accountId && email?.includes('@')
      ? await findContactIdByEmail(ctx.db, workspaceId, accountId, email)
      : null;
  return { accountId, contactId };
}

async function accountIdIfInWorkspace(ctx: BaseCtx, workspaceId: string, id: string) {
  try {
    return (await loadAccount({ ...ctx, workspace: { id: workspaceId } }, id)).id;
  } catch (err) {
    if (isDomainError(err) && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}

/** Counts one use and says where to send the visitor; null for an unknown link. */
export async function followTrackingLink(ctx: BaseCtx, slug: string, visitor: LinkVisitor) {
  const resource = await findResourceBySlug(ctx.db, slug);
  if (!resource) return null;
  const visitorIds = await resolveVisitor(ctx, resource.workspace_id, visitor);
  const use = linkUse(resource.id, visitorIds, ctx.clock.now().toISOString(), null);
  await insertUses(ctx.db, resource.workspace_id, [use]);
  return { url: resource.url, title: resource.title, token: use.rating_token };
}

/** The resource a rating page is about; null for an unknown link. */
export async function resourceForRating(ctx: BaseCtx, slug: string) {
  const r = await findResourceBySlug(ctx.db, slug);
  return r ? { title: r.title, kind: r.kind, url: r.url } : null;
}

/**
 * "Was this helpful?" from the link's page. The use the visitor's click recorded gets the
 * rating (its token came back in a cookie); without one, the rating is a use of its own.
 */
export async function rateFromLink(
  ctx: BaseCtx,
  slug: string,
  token: string | null,
  input: unknown,
  visitor: LinkVisitor,
) {
  const data = parseInput(RatingInput, input);
  const resource = await findResourceBySlug(ctx.db, slug);
  if (!resource) return false;
  const now = ctx.clock.now().toISOString();
  const use = token ? await findUseByToken(ctx.db, token) : undefined;
  if (use && use.resource_id === resource.id && use.workspace_id === resource.workspace_id) {
    await rateUseRow(ctx.db, resource.workspace_id, use.id, {
      rating: data.rating,
      comment: data.comment,
      at: now,
    });
    return true;
  }
  const visitorIds = await resolveVisitor(ctx, resource.workspace_id, visitor);
  const rating = { rating: data.rating, comment: data.comment };
  await insertUses(ctx.db, resource.workspace_id, [linkUse(resource.id, visitorIds, now, rating)]);
  return true;
}

/** Recorded through the link: a visit (a use), or a rating without a visit we know of (feedback). */
function linkUse(
  resourceId: string,
  visitor: { accountId: string | null; contactId: string | null },
  at: string,
  rated: { rating: number; comment: string | null } | null,
): UseRow {
  return {
    id: newId(),
    resource_id: resourceId,
    account_id: visitor.accountId,
    contact_id: visitor.contactId,
    user_key: null,
    kind: rated ? 'feedback' : 'view',
    channel: 'link',
    occurred_at: at,
    rating: rated?.rating ?? null,
    comment: rated?.comment ?? null,
    rated_at: rated ? at : null,
    rating_token: randomToken(),
    dedupe_key: null,
  };
}
