import { ShareLinkCreate, type ShareLinkCreated, type ShareSubject } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { toFlag } from '../../platform/db/json.ts';
import { fieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentShareLink } from './presenters.ts';
import { findShareLink, insertShareLink } from './repository.ts';

export type ShareTarget = { type: ShareSubject; id: string; accountId: string };

/** The address a customer opens; the token appears only here and in the creator's answer. */
export const shareUrl = (baseUrl: string, token: string) => `${baseUrl}/s/${token}`;

/**
 * Mints a link to a subject the caller has already loaded and authorized, inside its
 * transaction. The token carries 256 random bits and is stored only as its hash.
 * `contactId` makes a personal link (the ones in reminder emails).
 */
export async function mintShareLink(
  tx: Ctx,
  target: ShareTarget,
  input: unknown,
  contactId: string | null = null,
): Promise<ShareLinkCreated> {
  if (!tx.db.isTransaction) throw new Error('mintShareLink must run inside the verb transaction');
  const data = parseInput(ShareLinkCreate, input);
  const today = await workspaceToday(tx);
  if (data.expiresOn && data.expiresOn < today) {
    throw fieldError('expiresOn', 'must not be in the past');
  }
  const token = randomToken();
  const id = newId();
  await insertShareLink(tx.db, {
    id,
    workspace_id: tx.workspace.id,
    subject_type: target.type,
    subject_id: target.id,
    account_id: target.accountId,
    token_hash: hashToken(token),
    label: data.label,
    require_code: toFlag(data.requireCode),
    expires_on: data.expiresOn ?? null,
    contact_id: contactId,
    created_by: actingUserId(tx.actor),
    created_at: tx.clock.now().toISOString(),
  });
  await recordChange(tx, {
    action: 'share_link.created',
    subject: { type: target.type, id: target.id },
    data: { linkId: id, requireCode: data.requireCode, expiresOn: data.expiresOn ?? null, contactId },
  });
  const row = await findShareLink(tx.db, tx.workspace.id, id);
  if (!row) throw new Error('share link vanished inside its transaction');
  return { ...presentShareLink(row, today), url: shareUrl(tx.baseUrl, token) };
}
