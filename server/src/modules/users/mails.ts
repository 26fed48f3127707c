import { simpleEmailHtml } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/queue.ts';

export function invitationMail(o: {
  to: string;
  workspace: string;
  inviter: string;
  url: string;
  role: string;
}): OutgoingMail {
  const paragraphs = [
    `${o.inviter} invited you to join ${o.workspace} on Trust Circle as ${o.role === 'admin' ? 'an' : 'a'} ${o.role}.`,
    'The invitation is valid for 7 days.',
  ];
  return {
    to: o.to,
    subject: `You are invited to ${o.workspace} on Trust Circle`,
    text: `${paragraphs.join('\n\n')}\n\nAccept it here: ${o.url}\n`,
    html: simpleEmailHtml({ paragraphs, action: { label: 'Accept the invitation', url: o.url } }),
    template: 'invitation',
  };
}

export function passwordResetMail(o: { to: string; url: string }): OutgoingMail {
  const paragraphs = [
    'Someone asked to reset the password of your Trust Circle account.',
    'If it was you, choose a new password with the link below within one hour. If not, ignore this email: your password stays as it is.',
  ];
  return {
    to: o.to,
    subject: 'Reset your Trust Circle password',
    text: `${paragraphs.join('\n\n')}\n\n${o.url}\n`,
    html: simpleEmailHtml({ paragraphs, action: { label: 'Choose a new password', url: o.url } }),
    template: 'password_reset',
  };
}
