import { createRuntime, type Runtime } from '../../server/src/compose.ts';
import { createApiKey } from '../../server/src/modules/apikeys/index.ts';
import { createUser } from '../../server/src/modules/users/index.ts';
import { createWorkspace } from '../../server/src/modules/workspaces/index.ts';
import { type Config, loadConfig } from '../../server/src/platform/config/index.ts';
import type { Ctx, Role } from '../../server/src/platform/context.ts';
import type { DatabaseTarget } from '../../server/src/platform/db/connect.ts';
import { newId } from '../../server/src/platform/ids.ts';
import { createLogger } from '../../server/src/platform/logging/logger.ts';

const BASE_URL = 'http://127.0.0.1';

/** The environment the product runs with on a bench database (web role only). */
export function benchEnv(target: DatabaseTarget, dataDir: string, logLevel: string, port = 0) {
  return {
    TRUSTCIRCLE_DATA_DIR: dataDir,
    ...(target.kind === 'postgres' ? { DATABASE_URL: target.url } : {}),
    TRUSTCIRCLE_BASE_URL: port ? `${BASE_URL}:${port}` : BASE_URL,
    TRUSTCIRCLE_ROLES: 'web',
    LOG_LEVEL: logLevel,
    HOST: '127.0.0.1',
    PORT: String(port),
    // The bench measures the product's capacity, not its per-workspace rate limit.
    TRUSTCIRCLE_INGEST_EVENTS_PER_SECOND: '100000000',
  };
}

/** The product's own configuration, pointed at a bench database. */
export function benchConfig(target: DatabaseTarget, dataDir: string, logLevel: string): Config {
  return { ...loadConfig(benchEnv(target, dataDir, logLevel)), database: target };
}

/** createRuntime migrates the fresh database with the product's own migrations. */
export async function startRuntime(target: DatabaseTarget, dataDir: string): Promise<Runtime> {
  return createRuntime(benchConfig(target, dataDir, 'silent'), { log: createLogger('silent') });
}

export type Member = { id: string; name: string; role: Role };
export type BenchWorkspace = { id: string; members: Member[]; apiKey: string };

/** A workspace, its team and a read-only API key, made through the product's verbs. */
export async function createBenchWorkspace(
  runtime: Runtime,
  team: Array<{ name: string; role: Role }>,
): Promise<BenchWorkspace> {
  const { platform } = runtime;
  const base = {
    db: platform.db,
    clock: platform.clock,
    log: platform.log,
    requestId: newId(),
    baseUrl: BASE_URL,
  };
  const ws = await createWorkspace({ ctx: base, input: { name: 'Bench Corp' } });
  const ctx: Ctx = {
    ...base,
    workspace: { id: ws.id, name: ws.name },
    actor: { type: 'cli', command: 'bench' },
  };
  const members: Member[] = [];
  for (const [i, person] of team.entries()) {
    const email = `${person.name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i}@bench.example.com`;
    const m = await createUser({
      ctx,
      input: { email, name: person.name, password: 'bench password not secret', role: person.role },
    });
    members.push({ id: m.id, name: person.name, role: person.role });
  }
  const key = await createApiKey({ ctx, input: { name: 'bench', scope: 'read' } });
  return { id: ws.id, members, apiKey: key.key };
}
