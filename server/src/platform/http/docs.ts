import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './types.ts';

/** The OpenAPI document, generated from the same zod schemas that validate requests. */
export async function registerApiDocs(app: App, baseUrl: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trust Circle API',
        version: '1',
        description: [
          'The REST API of Trust Circle. Authenticate with an API key: `Authorization: Bearer <key>`',
          '(create one under Settings → API keys, or `trustcircle apikey create`).',
          '',
          'Lists paginate with a cursor: pass the `nextCursor` of a page as `cursor` to get the next one.',
          'POST requests accept an `Idempotency-Key` header: the same key and body give the same answer',
          'and one effect; the same key with another body is refused with 422.',
          '',
          'Errors always look like `{ "error": { "code", "message", "details" } }`.',
        ].join('\n'),
      },
      servers: [{ url: baseUrl }],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key' },
          session: { type: 'apiKey', in: 'cookie', name: 'tc_session', description: 'The web app session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
    staticCSP: true,
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
}
