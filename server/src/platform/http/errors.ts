import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../errors.ts';
import { describeIssues, type Issue, isSizeIssue } from '../validation.ts';
import { drainRequest, isBodyTooLarge, routeBodyLimit, tooLarge } from './bodyLimits.ts';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  LIMIT_EXCEEDED: 429,
  TOO_LARGE: 413,
  PRECONDITION_FAILED: 422,
};

/** The HTTP status of a domain error (HTML pages answer with it too). */
export const httpStatus = (code: ErrorCode): number => STATUS[code];

export type ErrorBody = { error: { code: ErrorCode | 'INTERNAL'; message: string; details?: unknown } };

export const errorBody = (
  code: ErrorBody['error']['code'],
  message: string,
  details?: unknown,
): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'TOO_LARGE';
  if (status === 429) return 'LIMIT_EXCEEDED';
  return 'VALIDATION';
}

/** The one mapping from thrown errors to HTTP answers: `{ error: { code, message, details } }`. */
export async function handleHttpError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  // Refused before its body was read (too large, or no session): read the rest first.
  await drainRequest(req.raw);
  if (isBodyTooLarge(err)) return sendDomainError(reply, tooLarge(routeBodyLimit(req)));
  if (err instanceof DomainError) return sendDomainError(reply, err);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'request';
    const issues: Issue[] = err.validation.map((v) => ({
      path: [
        where,
        ...String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean),
      ].join('.'),
      message: v.message ?? 'is invalid',
    }));
    // Only values over a size limit: the same 413 as a body over the body limit.
    const tooLarge = err.validation.every((v) => v.keyword === 'custom' && isSizeIssue(v.params?.params));
    const code = tooLarge ? 'TOO_LARGE' : 'VALIDATION';
    return reply.code(STATUS[code]).send(errorBody(code, describeIssues(issues), { issues }));
  }
  if (isResponseSerializationError(err)) {
    req.log.error(
      { issues: err.cause.issues, url: req.routeOptions.url },
      'response did not match its schema',
    );
    return reply.code(500).send(errorBody('INTERNAL', 'Something went wrong on our side'));
  }
  const status = (err as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    const message =
      (err as FastifyError).code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
        ? `The request body is not valid JSON: ${err.message}`
        : err.message;
    return reply.code(status).send(errorBody(codeForStatus(status), message));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send(errorBody('INTERNAL', 'Something went wrong on our side'));
}

function sendDomainError(reply: FastifyReply, err: DomainError) {
  if (err.code === 'LIMIT_EXCEEDED') {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) reply.header('retry-after', String(retry));
  }
  return reply.code(STATUS[err.code]).send(errorBody(err.code, err.message, err.details));
}
