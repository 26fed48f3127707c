import type { ShareSubject } from '@trustcircle/contracts';
import { hashToken } from '../../platform/auth/tokens.ts';
import type { BaseCtx, Ctx } from '../../platform/context.ts';
import { todayIn } from '../../platform/dates.ts';
import { flag } from '../../platform/db/json.ts';
import { findLinkByHash, findVisitor } from './repository.ts';
import { linkStatus } from './status.ts';

/** What a share page needs to know about the link it was opened with. */
export type OpenLink = {
  id: string;
  subject: { type: ShareSubject; id: string };
  accountId: string;
  vendor: { name: string; logo: string | null };
  /** The visitor must prove with a one-time code that they are one of the account's contacts. */
  needsCode: boolean;
  /** The contact the visitor is, when known (a personal link, or a code proved it). */
  contactId: string | null;
  timeZone: string;
};

/**
 * Resolves a token to its live link and a context acting as that link. Unknown, revoked and
 * expired tokens all give null, so the page answers a plain 404 that tells a guesser nothing.
 * `visitorToken` is the cookie a verified visitor carries.
 */
export async function openShareLink(
  base: BaseCtx,
  token: string,
  visitorToken: string | null,
): Promise<{ ctx: Ctx; link: OpenLink } | null> {
  const row = await findLinkByHash(base.db, hashToken(token));
  if (!row) return null;
  const timeZone = row.timezone || 'UTC';
  if (linkStatus(row, todayIn(timeZone, base.clock.now())) !== 'active') return null;
  const visitor =
    !row.contact_id && visitorToken
      ? await findVisitor(
          base.db,
          row.workspace_id,
          row.id,
          hashToken(visitorToken),
          base.clock.now().toISOString(),
        )
      : undefined;
  const contactId = row.contact_id ?? visitor?.contact_id ?? null;
  const link: OpenLink = {
    id: row.id,
    subject: { type: row.subject_type, id: row.subject_id },
    accountId: row.account_id,
    vendor: { name: row.workspace_name, logo: row.logo },
    needsCode: flag(row.require_code) && !contactId,
    contactId,
    timeZone,
  };
  const ctx: Ctx = {
    ...base,
    workspace: { id: row.workspace_id, name: row.workspace_name },
    actor: {
      type: 'shareLink',
      shareLinkId: row.id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      contactId,
    },
  };
  return { ctx, link };
}
