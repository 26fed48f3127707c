import type { App } from '../../src/platform/http/types.ts';

export type Reply<T = unknown> = {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
  text: string;
};

type Body = Record<string, unknown> | unknown[] | string | undefined;

/** A small HTTP client over Fastify's inject: an API key or a browser session with cookies. */
export type Client = {
  get: <T = any>(url: string, headers?: Record<string, string>) => Promise<Reply<T>>;
  post: <T = any>(url: string, body?: Body, headers?: Record<string, string>) => Promise<Reply<T>>;
  patch: <T = any>(url: string, body?: Body, headers?: Record<string, string>) => Promise<Reply<T>>;
  delete: <T = any>(url: string, headers?: Record<string, string>) => Promise<Reply<T>>;
  withBearer: (key: string) => Client;
  login: (email: string, password: string) => Promise<Client>;
  cookie: string | null;
  bearer: string | null;
};

/**
 * `origin` is the Origin header writes carry; by default a browser on the installation's own
 * address, so signed-in writes pass the origin check (CSRF).
 */
export function client(app: App, auth: { bearer?: string; cookie?: string; origin?: string } = {}): Client {
  const origin = auth.origin ?? new URL(app.platform.config.baseUrl).origin;
  const send = async (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body?: Body,
    headers: Record<string, string> = {},
  ) => {
    const h: Record<string, string> = { origin, ...headers };
    if (auth.bearer) h.authorization = `Bearer ${auth.bearer}`;
    if (auth.cookie) h.cookie = auth.cookie;
    const res = await app.inject({
      method,
      url,
      headers: h,
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
    let parsed: unknown = null;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      parsed = res.body;
    }
    return { status: res.statusCode, body: parsed, headers: res.headers, text: res.body } as Reply<any>;
  };
  const self: Client = {
    cookie: auth.cookie ?? null,
    bearer: auth.bearer ?? null,
    get: (url, headers) => send('GET', url, undefined, headers),
    post: (url, body, headers) => send('POST', url, body ?? {}, headers),
    patch: (url, body, headers) => send('PATCH', url, body ?? {}, headers),
    delete: (url, headers) => send('DELETE', url, undefined, headers),
    withBearer: (key) => client(app, { bearer: key, origin }),
    login: async (email, password) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { origin },
        payload: { email, password },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'tc_session');
      if (!setCookie) throw new Error('login set no session cookie');
      return client(app, { cookie: `tc_session=${setCookie.value}`, origin });
    },
  };
  return self;
}
