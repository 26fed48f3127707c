import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerIngestRoutes } from './api/ingest/index.ts';
import { registerLinkRoutes } from './api/links/index.ts';
import { authenticate } from './api/rest/authenticate.ts';
import { registerRestRoutes } from './api/rest/index.ts';
import { registerShareRoutes } from './api/share/index.ts';
import { registerCheckinJobs } from './modules/checkins/index.ts';
import { registerLifecycleJobs } from './modules/lifecycle/index.ts';
import { registerPlanJobs } from './modules/plans/index.ts';
import { registerPlanTemplateJobs } from './modules/planTemplates/index.ts';
import { registerPromiseJobs } from './modules/promises/index.ts';
import { registerTimelineJobs } from './modules/timeline/index.ts';
import { drainIngestion, registerUsageJobs } from './modules/usage/index.ts';
import { deleteExpiredSessions, deleteOldLoginFailures } from './modules/users/index.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Config } from './platform/config/index.ts';
import { startBackgroundCheckpoints } from './platform/db/checkpoint.ts';
import { connectDatabase, type DatabaseHandle } from './platform/db/connect.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { optimizeDatabase } from './platform/db/repository.ts';
import { buildHttpApp } from './platform/http/app.ts';
import { registerOpsRoutes } from './platform/http/ops.ts';
import type { App } from './platform/http/types.ts';
import { deleteKeysBefore } from './platform/idempotency/repository.ts';
import { JobRegistry } from './platform/jobs/registry.ts';
import { deleteDispatchedEvents, deleteFinishedJobs } from './platform/jobs/repository.ts';
import { startScheduler } from './platform/jobs/scheduler.ts';
import { startWorker } from './platform/jobs/worker.ts';
import { createLogger, type Logger } from './platform/logging/logger.ts';
import { registerMailDelivery } from './platform/mail/jobs.ts';
import { createMailTransport, type MailTransport } from './platform/mail/transport.ts';
import { createMetrics, type Metrics } from './platform/metrics/registry.ts';
import type { Platform } from './platform/services.ts';

export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const DAY = 86_400_000;

/** Every job handler, subscriber and scheduled task of the product, in one place. */
export function buildJobRegistry(config: Config, transport: MailTransport | null): JobRegistry {
  const registry = new JobRegistry();
  registerMailDelivery(registry, transport, config.mailFrom);
  registerTimelineJobs(registry);
  registerCheckinJobs(registry);
  registerLifecycleJobs(registry);
  registerUsageJobs(registry);
  registerPromiseJobs(registry);
  registerPlanJobs(registry, { baseUrl: config.baseUrl, secret: config.secret });
  registerPlanTemplateJobs(registry);
  registry.every('cleanup', 60 * 60_000, {
    run: async (jctx) => {
      const now = jctx.clock.now();
      const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
      await deleteExpiredSessions(jctx.db, now.toISOString());
      await deleteOldLoginFailures(jctx.db, ago(DAY));
      await deleteKeysBefore(jctx.db, ago(DAY));
      await deleteFinishedJobs(jctx.db, ago(7 * DAY));
      await deleteDispatchedEvents(jctx.db, ago(7 * DAY));
      await optimizeDatabase(jctx.db);
    },
  });
  return registry;
}

export type Runtime = {
  platform: Platform;
  metrics: Metrics;
  database: DatabaseHandle;
  transport: MailTransport | null;
  close: () => Promise<void>;
};

/** config → logger → database (migrated) → job registry: what every role and command needs. */
export async function createRuntime(
  config: Config,
  opts: { log?: Logger; clock?: Clock; migrate?: boolean; backgroundCheckpoints?: boolean } = {},
): Promise<Runtime> {
  const log = opts.log ?? createLogger(config.logLevel);
  const database = connectDatabase(config.database);
  if (opts.migrate !== false) {
    const { applied } = await migrateToLatest(database.db);
    if (applied.length) log.info({ applied }, 'database migrated');
  }
  // A long-running server on the embedded database checkpoints in a worker thread.
  const target = config.database;
  const checkpoints =
    opts.backgroundCheckpoints && target.kind === 'sqlite'
      ? await startBackgroundCheckpoints(database.db, target.file, log)
      : null;
  const transport = createMailTransport(config.smtpUrl);
  const platform: Platform = {
    config,
    db: database.db,
    dbKind: database.kind,
    clock: opts.clock ?? systemClock,
    log,
    jobs: buildJobRegistry(config, transport),
    wakeWorker: () => {},
  };
  return {
    platform,
    metrics: createMetrics(),
    database,
    transport,
    close: async () => {
      // Every acknowledged event is committed; count the last ones before the database goes.
      await drainIngestion(platform);
      transport?.close();
      await checkpoints?.stop();
      await database.close();
    },
  };
}

export async function createApp(runtime: Runtime, webDistDir: string | null = WEB_DIST_DIR): Promise<App> {
  return buildHttpApp({
    platform: runtime.platform,
    metrics: runtime.metrics,
    authenticate,
    routes: async (app) => {
      registerOpsRoutes(app, runtime.metrics);
      registerRestRoutes(app);
      await registerIngestRoutes(app);
      await registerLinkRoutes(app);
      await registerShareRoutes(app);
    },
    webDistDir,
  });
}

/** Starts the roles this process plays (web, worker, scheduler) and returns how to stop them. */
export async function startRoles(runtime: Runtime): Promise<{ stop: () => Promise<void>; app: App | null }> {
  const { platform } = runtime;
  const deps = {
    db: platform.db,
    kind: platform.dbKind,
    clock: platform.clock,
    log: platform.log,
    registry: platform.jobs,
  };
  const roles = platform.config.roles;
  const worker = roles.includes('worker') ? startWorker(deps) : null;
  if (worker) platform.wakeWorker = worker.wake;
  const scheduler = roles.includes('scheduler') ? startScheduler(deps) : null;
  let app: App | null = null;
  if (roles.includes('web')) {
    app = await createApp(runtime);
    await app.listen({ port: platform.config.port, host: platform.config.host });
  }
  return {
    app,
    stop: async () => {
      await app?.close();
      scheduler?.stop();
      await worker?.stop();
    },
  };
}
