import nodemailer from 'nodemailer';

export type MailTransport = {
  send: (m: { from: string; to: string; subject: string; text: string; html?: string }) => Promise<void>;
  close: () => void;
};

/** SMTP through nodemailer, or null: without SMTP_URL mail stays in the outbox the web app shows. */
export function createMailTransport(smtpUrl: string | null): MailTransport | null {
  if (!smtpUrl) return null;
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    send: async (m) => {
      await transporter.sendMail(m);
    },
    close: () => transporter.close(),
  };
}
