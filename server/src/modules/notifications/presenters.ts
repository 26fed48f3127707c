import type { MailMessage } from '@trustcircle/contracts';

type MailRow = {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: MailMessage['status'];
  error: string | null;
  created_at: string;
  sent_at: string | null;
};

export const presentMail = (r: MailRow): MailMessage => ({
  id: r.id,
  to: r.to_address,
  subject: r.subject,
  text: r.text_body,
  status: r.status,
  error: r.error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});
