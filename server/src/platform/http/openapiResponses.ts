/**
 * Pure: finishes the generated OpenAPI document for its readers. Every answer gets a
 * description instead of "Default Response", every error answer an example with the code it
 * really carries, and every operation that needs a key or session its 401.
 */
type Json = Record<string, unknown>;

const DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '204': 'Done; no body',
  '302': 'Redirect',
  '400': 'Bad input: the message says what, and nothing changed',
  '401': 'No API key or session, or one that is not valid',
  '403': 'Not allowed for this role or key',
  '404': 'Not found in this workspace',
  '409': 'Conflicts with the current state; nothing changed',
  '413': 'The body is larger than this address takes; nothing changed',
  '422': 'The Idempotency-Key was used with another body',
  '429': 'Too many requests; retry after the seconds given',
};

const ERROR_EXAMPLES: Record<string, { code: string; message: string }> = {
  '400': { code: 'VALIDATION', message: 'body.reason: must not be empty' },
  '401': { code: 'UNAUTHENTICATED', message: 'Sign in or send an API key' },
  '403': { code: 'FORBIDDEN', message: 'Your role cannot do this' },
  '404': { code: 'NOT_FOUND', message: 'Account not found' },
  '409': { code: 'CONFLICT', message: 'The account is already a customer' },
  '413': { code: 'TOO_LARGE', message: 'The request body is larger than 1 MB, the most this address takes' },
  '429': { code: 'LIMIT_EXCEEDED', message: 'Too many events for this workspace; retry later' },
};

const ERROR_REF = '#/components/schemas/Error';

export function finishOpenApi<T extends Json>(doc: T): T {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations)) {
      const responses = (op.responses ?? {}) as Record<string, Json>;
      const needsAuth = !(Array.isArray(op.security) && op.security.length === 0);
      if (needsAuth && !responses['401'] && responses['200']) {
        responses['401'] = { content: { 'application/json': { schema: { $ref: ERROR_REF } } } };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (!response.description || response.description === 'Default Response') {
          response.description = DESCRIPTIONS[status] ?? 'Answer';
        }
        const example = ERROR_EXAMPLES[status];
        const json = (response.content as Record<string, Json> | undefined)?.['application/json'];
        if (example && json && (json.schema as Json | undefined)?.$ref === ERROR_REF) {
          json.example = { error: example };
        }
      }
      op.responses = responses;
    }
  }
  return doc;
}
