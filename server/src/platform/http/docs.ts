import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { finishOpenApi } from './openapiResponses.ts';
import type { App } from './types.ts';

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="190" height="32" viewBox="0 0 190 32"><circle cx="16" cy="16" r="13" fill="none" stroke="#fff" stroke-width="4"/><circle cx="16" cy="16" r="5" fill="#fff"/><text x="38" y="23" font-family="system-ui,sans-serif" font-size="19" font-weight="700" fill="#fff">Trust Circle API</text></svg>`;

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
    // Routes open without a key (sign-in, setup, ingestion by write key) say so: no security.
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const open = (input.route.config as { public?: boolean } | undefined)?.public === true;
      return open ? { ...out, schema: { ...out.schema, security: [] } } : out;
    },
    transformObject: (input) =>
      finishOpenApi(jsonSchemaTransformObject(input) as Record<string, unknown>) as never,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
    theme: { title: 'Trust Circle API' },
    logo: { type: 'image/svg+xml', content: LOGO, href: '/api/docs' },
    staticCSP: true,
    // Swagger UI sets a few inline styles of its own; everything else stays as strict.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
}
