import { Worker } from 'node:worker_threads';
import { type Kysely, sql } from 'kysely';
import type { Logger } from '../logging/logger.ts';
import type { Database } from './schema.ts';

/**
 * Background checkpoints for the embedded database. By default SQLite checkpoints inside the
 * commit that crosses 1,000 WAL pages, on the event loop: that request waits for page copies
 * and an fsync. A worker thread checkpoints every second instead; the writer's own automatic
 * checkpoint stays as a safety net, far out (about 80 MB of WAL).
 */
export async function startBackgroundCheckpoints(db: Kysely<Database>, file: string, log: Logger) {
  await sql`pragma wal_autocheckpoint = 20000`.execute(db);
  const worker = new Worker(new URL('./checkpointWorker.cjs', import.meta.url), {
    workerData: { file, everyMs: 1000 },
    // It needs no loader: plain CommonJS.
    execArgv: [],
  });
  worker.on('message', (m: { error?: string }) => {
    if (m.error) log.warn({ error: m.error }, 'background checkpoint failed');
  });
  worker.on('error', (err) => log.error({ err }, 'checkpoint worker stopped'));
  worker.unref();
  return {
    stop: async () => {
      // Held again while it stops, or a process with nothing else to do would exit before it has.
      worker.ref();
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}
