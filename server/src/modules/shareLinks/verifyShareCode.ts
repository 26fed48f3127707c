import { timingSafeEqual } from 'node:crypto';
import { Email } from '@trustcircle/contracts';
import { z } from 'zod';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import type { OpenLink } from './openShareLink.ts';
import { recordShareActivity } from './recordShareActivity.ts';
import { contactByEmail, countAttempt, insertVisitor, latestCode, useCode } from './repository.ts';
import { codeHash } from './requestShareCode.ts';

const MAX_ATTEMPTS = 5;
export const VISITOR_DAYS = 30;

const CodeCheck = z.object({
  email: Email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the six digits from the email'),
});

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Checks a one-time code. Right: the code is used up and the browser gets a visitor token
 * (for its cookie) that lets it in as that contact for 30 days. Wrong: the attempt is counted
 * (five wrong tries spend the code) and the answer is null.
 */
export async function verifyShareCode(ctx: Ctx, link: OpenLink, input: unknown): Promise<string | null> {
  const data = parseInput(CodeCheck, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const contact = await contactByEmail(tx.db, tx.workspace.id, link.accountId, data.email);
    if (!contact) return null;
    const code = await latestCode(tx.db, tx.workspace.id, link.id, contact.id);
    if (!code || code.attempts >= MAX_ATTEMPTS || code.expires_at <= now.toISOString()) return null;
    if (!same(code.code_hash, codeHash(code.id, data.code))) {
      await countAttempt(tx.db, tx.workspace.id, code.id);
      return null;
    }
    if (!(await useCode(tx.db, tx.workspace.id, code.id, now.toISOString()))) return null;
    const token = randomToken();
    await insertVisitor(tx.db, {
      id: newId(),
      workspace_id: tx.workspace.id,
      link_id: link.id,
      contact_id: contact.id,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + VISITOR_DAYS * 86_400_000).toISOString(),
    });
    await recordShareActivity(tx, link, 'code_verified', null, contact.id);
    return token;
  });
}
