import { MailMessage, PageQuery, page } from '@trustcircle/contracts';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { listMail } from './listMail.ts';

export function notificationRoutes(app: App) {
  app.get(
    '/api/v1/mail',
    {
      schema: {
        tags: ['Mail'],
        summary: 'Mail the workspace sent or would send (admins); without SMTP_URL mail waits here',
        querystring: PageQuery,
        response: { 200: page(MailMessage) },
      },
    },
    async (req) => listMail({ ctx: requestCtx(req), input: req.query }),
  );
}
