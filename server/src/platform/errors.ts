export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'LIMIT_EXCEEDED'
  /** A body or a part of one (an image) larger than its limit: HTTP 413, whatever the size. */
  | 'TOO_LARGE'
  | 'PRECONDITION_FAILED';

/**
 * The one error type verbs throw. Each transport maps the code once (HTTP status, CLI exit
 * code); the message is written for the person who will read it.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new DomainError('FORBIDDEN', message);
export const conflict = (message: string, details?: unknown) => new DomainError('CONFLICT', message, details);
export const invalid = (message: string, details?: unknown) =>
  new DomainError('VALIDATION', message, details);

/** Bad input about one field, said the way parseInput says it: `path: message`, with the issue. */
export const fieldError = (path: string, message: string) =>
  invalid(`${path}: ${message}`, { issues: [{ path, message }] });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
