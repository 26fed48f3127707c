import { randomInt } from 'node:crypto';
import { Email } from '@trustcircle/contracts';
import { z } from 'zod';
import { hashToken } from '../../platform/auth/tokens.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { simpleEmailHtml } from '../../platform/mail/html.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { parseInput } from '../../platform/validation.ts';
import type { OpenLink } from './openShareLink.ts';
import { recordShareActivity } from './recordShareActivity.ts';
import { codesSentSince, contactByEmail, insertCode } from './repository.ts';

export const CODE_MINUTES = 15;
/** Codes a link may send in a quarter of an hour, whoever asks: a brake on mail bombing. */
const CODES_PER_WINDOW = 10;

export const CodeRequest = z.object({ email: Email });

/** A code is bound to its row, so the same six digits never verify anything else. */
export const codeHash = (codeId: string, code: string) => hashToken(`${codeId}:${code}`);

/**
 * Emails a six-digit code to the address if it is one of the account's contacts. The answer
 * is the same either way, so the form cannot be used to learn who the customer's people are.
 */
export async function requestShareCode(ctx: Ctx, link: OpenLink, subjectTitle: string, input: unknown) {
  const { email } = parseInput(CodeRequest, input);
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const windowStart = new Date(now.getTime() - CODE_MINUTES * 60_000).toISOString();
    if ((await codesSentSince(tx.db, tx.workspace.id, link.id, windowStart)) >= CODES_PER_WINDOW) {
      throw new DomainError('LIMIT_EXCEEDED', 'Too many codes were asked for. Try again in a few minutes.');
    }
    const contact = await contactByEmail(tx.db, tx.workspace.id, link.accountId, email);
    if (!contact?.email) return;
    const id = newId();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await insertCode(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      link_id: link.id,
      contact_id: contact.id,
      code_hash: codeHash(id, code),
      expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    });
    const lines = [
      `Hello ${contact.first_name},`,
      `Your code to open “${subjectTitle}” from ${link.vendor.name} is ${code}.`,
      `It works for ${CODE_MINUTES} minutes. If you did not ask for it, you can ignore this email.`,
    ];
    await queueMail(tx, {
      to: contact.email,
      subject: `${code} is your code for ${subjectTitle}`,
      text: lines.join('\n\n'),
      html: simpleEmailHtml({ paragraphs: lines }),
      template: 'share.code',
    });
    await recordShareActivity(tx, link, 'code_sent', null, contact.id);
  });
}
