import { pino } from 'pino';
import { createRuntime, type Runtime } from '../compose.ts';
import { type Config, loadConfig } from '../platform/config/index.ts';
import { drain } from '../platform/jobs/worker.ts';
import { createLogger } from '../platform/logging/logger.ts';
import { failAndExit, type Output } from './output.ts';

/** Opens the runtime for one command (quiet logs), runs it, lets pending jobs finish, closes. */
export async function withRuntime<T>(out: Output, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  let runtime: Runtime | null = null;
  let config: Config | null = null;
  try {
    // Commands print their own results; logs stay quiet unless LOG_LEVEL says otherwise.
    // Logs go to stderr, so stdout holds only the result (`--json` output stays parseable).
    config = loadConfig(undefined, { logLevel: 'warn' });
    runtime = await createRuntime(config, { log: createLogger(config.logLevel, pino.destination(2)) });
    const result = await fn(runtime);
    const { platform } = runtime;
    await drain({
      db: platform.db,
      kind: platform.dbKind,
      clock: platform.clock,
      log: platform.log,
      registry: platform.jobs,
    });
    return result;
  } catch (err) {
    await runtime?.close();
    return failAndExit(out, err, config);
  } finally {
    await runtime?.close().catch(() => {});
  }
}
