import { pingDatabase } from '../db/repository.ts';
import type { Metrics } from '../metrics/registry.ts';
import type { App } from './types.ts';

/** Liveness, readiness and Prometheus metrics, for load balancers and monitoring. */
export function registerOpsRoutes(app: App, metrics: Metrics) {
  const hide = { hide: true };
  app.get('/healthz', { schema: hide, config: { public: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: hide, config: { public: true } }, async (req, reply) => {
    try {
      await pingDatabase(req.server.platform.db);
      return { status: 'ready', database: req.server.platform.dbKind };
    } catch (err) {
      req.log.error({ err }, 'database not reachable');
      return reply.code(503).send({ status: 'unavailable', database: req.server.platform.dbKind });
    }
  });
  app.get('/metrics', { schema: hide, config: { public: true } }, async (_req, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
