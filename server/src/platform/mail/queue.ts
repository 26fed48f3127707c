import { insertEvent } from '../audit/repository.ts';
import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import { insertMail } from './repository.ts';

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; template: string };

/**
 * Queues an email inside the caller's transaction. Delivery happens in a job started from the
 * committed `mail.queued` event, so a request never waits on SMTP and a crash loses no mail.
 */
export async function queueMail(
  ctx: Pick<Ctx, 'db' | 'clock'> & { workspace: { id: string } | null },
  mail: OutgoingMail,
): Promise<string> {
  if (!ctx.db.isTransaction) throw new Error('queueMail must run inside a transaction');
  const id = newId();
  const now = ctx.clock.now().toISOString();
  const workspaceId = ctx.workspace?.id ?? null;
  await insertMail(ctx.db, {
    id,
    workspaceId,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    template: mail.template,
    createdAt: now,
  });
  await insertEvent(ctx.db, {
    id: newId(),
    workspaceId,
    type: 'mail.queued',
    payload: { mailId: id },
    createdAt: now,
  });
  return id;
}
