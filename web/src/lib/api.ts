import type { ErrorBody, ErrorCode } from '@trustcircle/contracts';

/** An answer from the API that was not a success, with the server's code and message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly details: unknown;
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: ErrorCode | 'NETWORK',
    message: string,
    details?: unknown,
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

/** Builds `/api/v1/...?a=b`, leaving out empty values and joining lists with commas. */
export function apiPath(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A body sent as it is (a CSV file, say) instead of as JSON. */
type RawBody = { raw: string | Blob; type: string };

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  query?: Query,
  raw?: RawBody,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiPath(path, query), {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(raw
          ? { 'content-type': raw.type }
          : body === undefined
            ? {}
            : { 'content-type': 'application/json' }),
      },
      body: raw ? raw.raw : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Could not reach the server. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!res.ok) {
    const err = (json as Partial<ErrorBody> | null)?.error;
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiError(
      res.status,
      err?.code ?? (res.status >= 500 ? 'INTERNAL' : 'VALIDATION'),
      err?.message ?? `The server answered ${res.status}`,
      err?.details,
      Number.isFinite(retry) && retry > 0 ? retry : null,
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  /** POSTs a file's content with its own content type, e.g. `text/csv`. */
  upload: <T>(path: string, raw: string | Blob, type: string) =>
    request<T>('POST', path, undefined, undefined, { raw, type }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A sentence to show a person for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return 'Something went wrong';
}

/**
 * Validation answers name the fields that failed as `body.name`; forms show those messages
 * next to their inputs.
 */
export function fieldErrors(e: unknown): Record<string, string> {
  if (!(e instanceof ApiError) || e.code !== 'VALIDATION') return {};
  const issues = (e.details as { issues?: Array<{ path?: string; message?: string }> } | undefined)?.issues;
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const field = (issue.path ?? '').replace(/^body\.?/, '');
    if (field && issue.message && !out[field]) out[field] = issue.message;
  }
  return out;
}
