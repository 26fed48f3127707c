import { IsoDateTime, PageQuery, page } from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { listAudit } from './listAudit.ts';

const AuditEntry = z
  .object({
    id: z.string(),
    action: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    subject: z.object({ type: z.string(), id: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
    at: IsoDateTime,
  })
  .meta({ id: 'AuditEntry' });

export function auditRoutes(app: App) {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['Audit'],
        summary: 'The audit log, newest first (managers and admins)',
        querystring: PageQuery,
        response: { 200: page(AuditEntry) },
      },
    },
    async (req) => listAudit({ ctx: requestCtx(req), input: req.query }),
  );
}
