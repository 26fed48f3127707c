import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishOpenApi } from '../../src/platform/http/openapiResponses.ts';

const error = () => ({ content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

test('answers are described, errors show their real code, and only keyed operations get a 401', () => {
  const doc = finishOpenApi({
    paths: {
      '/api/v1/things': {
        get: {
          responses: {
            '200': { description: 'Default Response' },
            '404': { description: 'Default Response', ...error() },
          },
        },
      },
      '/api/v1/auth/login': {
        post: { security: [], responses: { '200': { description: 'Default Response' } } },
      },
    },
  });
  const get = doc.paths['/api/v1/things'].get.responses as Record<
    string,
    { description: string; content?: Record<string, { example?: unknown }> }
  >;
  assert.equal(get['200']?.description, 'OK');
  assert.equal(get['404']?.description, 'Not found in this workspace');
  assert.deepEqual(get['404']?.content?.['application/json']?.example, {
    error: { code: 'NOT_FOUND', message: 'Account not found' },
  });
  assert.equal(get['401']?.description, 'No API key or session, or one that is not valid');
  assert.equal((doc.paths['/api/v1/auth/login'].post.responses as Record<string, unknown>)['401'], undefined);
});
