import type { Db } from '../context.ts';

export type NewMail = {
  id: string;
  workspaceId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  template: string;
  createdAt: string;
};

export async function insertMail(db: Db, m: NewMail) {
  await db
    .insertInto('mail_messages')
    .values({
      id: m.id,
      workspace_id: m.workspaceId,
      to_address: m.to,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html,
      template: m.template,
      status: 'queued',
      error: null,
      created_at: m.createdAt,
      sent_at: null,
    })
    .execute();
}

export async function findMailForDelivery(db: Db, id: string) {
  return db.selectFrom('mail_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setMailStatus(
  db: Db,
  id: string,
  status: 'sent' | 'failed' | 'outbox',
  at: string,
  error: string | null = null,
) {
  await db
    .updateTable('mail_messages')
    .set({ status, error, sent_at: status === 'failed' ? null : at })
    .where('id', '=', id)
    .execute();
}

export async function listMail(db: Db, workspaceId: string, opts: { before?: string; limit: number }) {
  let q = db.selectFrom('mail_messages').selectAll().where('workspace_id', '=', workspaceId);
  if (opts.before) q = q.where('id', '<', opts.before);
  return q.orderBy('id', 'desc').limit(opts.limit).execute();
}
