import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadOrCreateSecrets } from './secrets.ts';

/**
 * The one place that reads process.env. Everything else receives a typed Config.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  TRUSTCIRCLE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite)',
    )
    .optional(),
  TRUSTCIRCLE_BASE_URL: z.url().optional(),
  TRUSTCIRCLE_ROLES: z
    .string()
    .default('web,worker,scheduler')
    .transform((v) => v.split(',').map((r) => r.trim()))
    .pipe(z.array(z.enum(['web', 'worker', 'scheduler'])).min(1)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:pass@host:587')
    .optional(),
  MAIL_FROM: z.string().default('Trust Circle <no-reply@trustcircle.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .default(60 * 24),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).default(14),
  TRUSTCIRCLE_SECRET: z.string().min(32).optional(),
  TRUSTCIRCLE_TRUST_PROXY: z.string().default('false'),
  TRUSTCIRCLE_VALIDATE_RESPONSES: z.enum(['true', 'false']).default('false'),
  TRUSTCIRCLE_INGEST_EVENTS_PER_SECOND: z.coerce.number().int().min(1).default(50_000),
});

/**
 * Whose X-Forwarded-For to believe. Off by default: a client could otherwise pick its own
 * address and dodge per-address sign-in throttling. "true" trusts any proxy (only behind one
 * that overwrites the header), a number trusts that many hops, else a list of addresses/CIDRs.
 */
function parseTrustProxy(v: string): boolean | number | string[] {
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim());
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** The setting that chose the database, so a command can say which one it used. */
  databaseChosenBy: 'DATABASE_URL' | 'TRUSTCIRCLE_DATA_DIR' | 'default';
  baseUrl: string;
  /**
   * Whether TRUSTCIRCLE_BASE_URL was set. Without it baseUrl is http://localhost:PORT, which
   * works for the person at this machine but not in a link sent to a customer; the web app
   * warns before such a link goes out.
   */
  baseUrlConfigured: boolean;
  roles: Array<'web' | 'worker' | 'scheduler'>;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  session: { idleMinutes: number; maxDays: number };
  secret: string;
  trustProxy: boolean | number | string[];
  /** Check every response against its schema (tests do; in production it costs ~0.3 ms a page). */
  validateResponses: boolean;
  /** Ingestion rate limit per workspace and server process (events/s; bursts of twice that). */
  ingestEventsPerSecond: number;
};

export class ConfigError extends Error {}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  defaults: { logLevel?: Config['logLevel'] } = {},
): Config {
  const parsed = EnvSchema.safeParse({ LOG_LEVEL: defaults.logLevel, ...env });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.TRUSTCIRCLE_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(dataDir);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'trustcircle.db') },
    databaseChosenBy: e.DATABASE_URL
      ? 'DATABASE_URL'
      : env.TRUSTCIRCLE_DATA_DIR === undefined
        ? 'default'
        : 'TRUSTCIRCLE_DATA_DIR',
    baseUrl: (e.TRUSTCIRCLE_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    baseUrlConfigured: e.TRUSTCIRCLE_BASE_URL !== undefined,
    roles: e.TRUSTCIRCLE_ROLES,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxDays: e.SESSION_MAX_DAYS },
    secret: e.TRUSTCIRCLE_SECRET ?? secrets.secret,
    trustProxy: parseTrustProxy(e.TRUSTCIRCLE_TRUST_PROXY),
    validateResponses: e.TRUSTCIRCLE_VALIDATE_RESPONSES === 'true',
    ingestEventsPerSecond: e.TRUSTCIRCLE_INGEST_EVENTS_PER_SECOND,
  };
}

/** The test database server named by TEST_DATABASE_URL, for the test harness. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.TEST_DATABASE_URL || null;
}
