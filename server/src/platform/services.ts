import type { Clock } from './clock.ts';
import type { Config } from './config/index.ts';
import type { Db } from './context.ts';
import type { DatabaseKind } from './db/connect.ts';
import type { JobRegistry } from './jobs/registry.ts';
import type { Logger } from './logging/logger.ts';

/** The long-lived services one process holds; built once by the composition root. */
export type Platform = {
  config: Config;
  db: Db;
  dbKind: DatabaseKind;
  clock: Clock;
  log: Logger;
  jobs: JobRegistry;
  /** Nudges this process's worker after a commit, so jobs start without waiting for a poll. */
  wakeWorker: () => void;
};
