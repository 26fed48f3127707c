import { after, before, describe } from 'node:test';
import { createApp, createRuntime, type Runtime } from '../../src/compose.ts';
import { createApiKey } from '../../src/modules/apikeys/index.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { createWorkspace } from '../../src/modules/workspaces/index.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import type { Ctx } from '../../src/platform/context.ts';
import type { App } from '../../src/platform/http/types.ts';
import { newId } from '../../src/platform/ids.ts';
import { drain } from '../../src/platform/jobs/worker.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { type TestClock, testClock } from './clock.ts';
import { databaseKinds, openTestDatabase, type TestDatabase } from './databases.ts';
import { type Client, client } from './http.ts';
import { type Mailbox, startMailbox } from './smtp.ts';

export type { Client } from './http.ts';

export const BASE_URL = 'http://trustcircle.test';

/** One database of one kind, with the app on it; built once per describe block. */
export type Harness = {
  kind: 'sqlite' | 'postgres';
  /** The installation's address: TRUSTCIRCLE_BASE_URL, or the default when the block left it unset. */
  baseUrl: string;
  runtime: Runtime;
  app: App;
  clock: TestClock;
  /** Runs every pending event and job now (mail delivery, timeline entries…). */
  drain: () => Promise<void>;
  /** The real SMTP server mail goes to, when the block asked for one. */
  mailbox: Mailbox | null;
  /** A new workspace with an admin; every test makes its own. */
  workspace: (opts?: { name?: string }) => Promise<TestWorkspace>;
};

export type TestWorkspace = {
  id: string;
  name: string;
  admin: { id: string; email: string; password: string };
  /** A read-write API key client. */
  api: Client;
  /** The verb context of the admin, for verb tests without HTTP. */
  ctx: Ctx;
  /** Adds a member with a role and returns a client signed in as them (session cookie). */
  member: (
    role: 'admin' | 'manager' | 'csm' | 'viewer',
  ) => Promise<{ id: string; email: string; client: Client; ctx: Ctx }>;
  /** A client with an API key of the given scope. */
  apiKey: (scope: 'read' | 'read_write') => Promise<Client>;
};

const PASSWORD = 'correct horse battery staple';

export type HarnessOptions = {
  /** A real SMTP server for the block's mail. */
  smtp?: boolean;
  /** TRUSTCIRCLE_BASE_URL for the block (default BASE_URL); null leaves it unset. */
  baseUrl?: string | null;
  /** More configuration for the block, as environment variables. */
  env?: Record<string, string>;
};

/**
 * Declares `fn`'s tests once per database: SQLite always, PostgreSQL too when
 * TEST_DATABASE_URL is set. Each block gets a fresh database, migrated, with the app on it.
 */
export function describeEachDatabase(
  title: string,
  fn: (h: () => Harness) => void,
  opts: HarnessOptions = {},
) {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let database: TestDatabase;
      let harness: Harness | null = null;
      before(async () => {
        database = await openTestDatabase(kind);
        const mailbox = opts.smtp ? await startMailbox() : null;
        harness = await buildHarness(
          kind,
          database,
          mailbox,
          opts.baseUrl === undefined ? BASE_URL : opts.baseUrl,
          opts.env ?? {},
        );
      });
      after(async () => {
        await harness?.app.close();
        await harness?.runtime.close();
        await harness?.mailbox?.close();
        await database?.drop();
      });
      fn(() => {
        if (!harness) throw new Error('harness used outside a test');
        return harness;
      });
    });
  }
}

async function buildHarness(
  kind: 'sqlite' | 'postgres',
  database: TestDatabase,
  mailbox: Mailbox | null,
  baseUrl: string | null,
  env: Record<string, string>,
): Promise<Harness> {
  const clock = testClock();
  const config = loadConfig({
    TRUSTCIRCLE_DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/tc-test-data`,
    ...(baseUrl === null ? {} : { TRUSTCIRCLE_BASE_URL: baseUrl }),
    TRUSTCIRCLE_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TRUSTCIRCLE_VALIDATE_RESPONSES: 'true',
    ...(mailbox ? { SMTP_URL: mailbox.url } : {}),
    ...env,
  });
  const runtime = await createRuntime(
    { ...config, database: database.target },
    { log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), clock },
  );
  const app = await createApp(runtime, null);
  await app.ready();
  // Sessions write from the installation's own origin, as the web app does.
  const origin = new URL(config.baseUrl).origin;
  const anon = () => client(app, { origin });
  const { platform } = runtime;
  const deps = { db: platform.db, kind: platform.dbKind, clock, log: platform.log, registry: platform.jobs };
  const drainAll = () => drain(deps);

  const workspace = async (opts: { name?: string } = {}): Promise<TestWorkspace> => {
    const base = {
      db: platform.db,
      clock,
      log: platform.log,
      requestId: newId(),
      baseUrl: config.baseUrl,
    };
    const ws = await createWorkspace({
      ctx: base,
      input: { name: opts.name ?? `Test workspace ${newId().slice(-6)}` },
    });
    const cliCtx: Ctx = {
      ...base,
      workspace: { id: ws.id, name: ws.name },
      actor: { type: 'cli', command: 'test' },
    };
    const addMember = async (role: 'admin' | 'manager' | 'csm' | 'viewer') => {
      const email = `${role}-${newId().slice(-12)}@example.com`;
      const m = await createUser({
        ctx: cliCtx,
        input: { email, name: `${role} ${email.slice(-20, -12)}`, password: PASSWORD, role },
      });
      const c = await anon().login(email, PASSWORD);
      const ctx: Ctx = {
        ...cliCtx,
        actor: { type: 'user', userId: m.id, role, name: m.name, sessionId: null },
      };
      return { id: m.id, email, client: c, ctx };
    };
    const admin = await addMember('admin');
    const apiKey = async (scope: 'read' | 'read_write') => {
      const k = await createApiKey({ ctx: cliCtx, input: { name: `test ${scope}`, scope } });
      return anon().withBearer(k.key);
    };
    return {
      id: ws.id,
      name: ws.name,
      admin: { id: admin.id, email: admin.email, password: PASSWORD },
      api: await apiKey('read_write'),
      ctx: admin.ctx,
      member: addMember,
      apiKey,
    };
  };

  return { kind, baseUrl: config.baseUrl, runtime, app, clock, drain: drainAll, workspace, mailbox };
}
