import { createRuntime, type Runtime } from '../compose.ts';
import { loadConfig } from '../platform/config/index.ts';
import { drain } from '../platform/jobs/worker.ts';
import { failAndExit, type Output } from './output.ts';

/** Opens the runtime for one command (quiet logs), runs it, lets pending jobs finish, closes. */
export async function withRuntime<T>(out: Output, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  let runtime: Runtime | null = null;
  try {
    // Commands print their own results; logs stay quiet unless LOG_LEVEL says otherwise.
    const config = loadConfig(undefined, { logLevel: 'warn' });
    runtime = await createRuntime(config);
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
    return failAndExit(out, err);
  } finally {
    await runtime?.close().catch(() => {});
  }
}
