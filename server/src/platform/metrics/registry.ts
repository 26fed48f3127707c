import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type Metrics = {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  jobsFinished: Counter<'type' | 'outcome'>;
};

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'trustcircle_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'trustcircle_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern (never the raw URL, which may hold tokens)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    jobsFinished: new Counter({
      name: 'trustcircle_jobs_finished_total',
      help: 'Jobs finished, by type and outcome',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    }),
  };
}
