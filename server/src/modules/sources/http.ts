import { ErrorBody, Id, Source, SourceCreate } from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createSource } from './createSource.ts';
import { listSources } from './listSources.ts';
import { revokeSource } from './revokeSource.ts';

const tags = ['Sources'];

export function sourceRoutes(app: App) {
  app.get(
    '/api/v1/sources',
    {
      schema: {
        tags,
        summary: 'Event sources of the workspace, with their write keys (admins)',
        response: { 200: z.object({ data: z.array(Source) }) },
      },
    },
    async (req) => listSources({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/sources',
    {
      schema: {
        tags,
        summary: 'Create a source; point a Segment or RudderStack SDK at this server with its write key',
        body: SourceCreate,
        response: { 201: Source, 403: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await createSource({ ctx: requestCtx(req), input: req.body })),
  );
  app.delete(
    '/api/v1/sources/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a source: its write key is refused from now on; its events stay',
        params: z.object({ id: Id }),
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await revokeSource({ ctx: requestCtx(req), sourceId: req.params.id });
      return reply.code(204).send();
    },
  );
}
