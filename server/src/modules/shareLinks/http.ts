import { ErrorBody, Id } from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { revokeShareLink } from './revokeShareLink.ts';

export function shareLinkRoutes(app: App) {
  app.delete(
    '/api/v1/share-links/:id',
    {
      schema: {
        tags: ['Share links'],
        summary: 'Revoke a share link: its next request answers 404',
        params: z.object({ id: Id }),
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await revokeShareLink({ ctx: requestCtx(req), linkId: req.params.id });
      return reply.code(204).send();
    },
  );
}
