import autocannon, { type Options } from 'autocannon';
import { type Summary, summarize } from './stats.ts';

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: Summary;
  non2xx: number;
  errors: number;
  /** Every 2xx response time in ms, for merging kinds into an overall figure. */
  samples: number[];
};

/**
 * autocannon against one URL. Its own summary has no p95, so every response time is recorded
 * from its 'response' events and summarised here.
 */
export async function measureHttp(opts: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Method, body or per-request setup (POST workloads). */
  requests?: Options['requests'];
}): Promise<LoadResult> {
  const samples: number[] = [];
  const instance = autocannon({
    url: opts.url,
    headers: opts.headers ?? {},
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    ...(opts.requests ? { requests: opts.requests } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) samples.push(ms);
  });
  const result = await instance;
  return {
    connections: opts.connections,
    seconds: result.duration,
    requests: samples.length,
    requestsPerSecond: samples.length / result.duration,
    latency: summarize(samples),
    non2xx: result.non2xx,
    errors: result.errors,
    samples,
  };
}
