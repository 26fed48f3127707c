import { ApiKey, ApiKeyCreate, ApiKeyCreated, ErrorBody, Id } from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createApiKey } from './createApiKey.ts';
import { listApiKeys } from './listApiKeys.ts';
import { revokeApiKey } from './revokeApiKey.ts';

const tags = ['API keys'];

export function apiKeyRoutes(app: App) {
  app.get(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'API keys of the workspace (admins)',
        response: { 200: z.object({ data: z.array(ApiKey) }) },
      },
    },
    async (req) => listApiKeys({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key; the key is shown only in this answer',
        body: ApiKeyCreate,
        response: { 201: ApiKeyCreated, 403: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await createApiKey({ ctx: requestCtx(req), input: req.body })),
  );
  app.delete(
    '/api/v1/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API key',
        params: z.object({ id: Id }),
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await revokeApiKey({ ctx: requestCtx(req), apiKeyId: req.params.id });
      return reply.code(204).send();
    },
  );
}
