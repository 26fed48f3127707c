import { type Config, ConfigError } from '../platform/config/index.ts';
import { DomainError, type ErrorCode } from '../platform/errors.ts';
import { type DatabaseInUse, databaseInUse, describeDatabase } from './database.ts';

/** CLI exit codes, one per error code, so scripts can tell failures apart. */
const EXIT: Record<ErrorCode, number> = {
  VALIDATION: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  FORBIDDEN: 5,
  UNAUTHENTICATED: 5,
  PRECONDITION_FAILED: 6,
  LIMIT_EXCEEDED: 7,
  TOO_LARGE: 8,
};

export type Output = { json: boolean };

/** Prints a result: the JSON document with --json, else the human lines. */
export function print(out: Output, json: unknown, human: string | string[]) {
  if (out.json) process.stdout.write(`${JSON.stringify(json)}\n`);
  else process.stdout.write(`${Array.isArray(human) ? human.join('\n') : human}\n`);
}

/**
 * Prints an error and exits with its code. What was not found was looked for in one database:
 * the message says which (`config`, once loaded), so a command run against another data folder
 * or server than the one the app uses is obvious.
 */
export function failAndExit(out: Output, err: unknown, config: Config | null = null): never {
  if (err instanceof DomainError) {
    const database = err.code === 'NOT_FOUND' && config ? databaseInUse(config) : null;
    if (out.json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: err.code, message: err.message, details: withDatabase(err.details, database) } })}\n`,
      );
    else process.stderr.write(`error: ${err.message}\n${database ? lookedIn(database) : ''}`);
    process.exit(EXIT[err.code]);
  }
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}

function lookedIn(database: DatabaseInUse): string {
  return [
    `  looked in ${describeDatabase(database)}.`,
    '  A server started with another TRUSTCIRCLE_DATA_DIR or DATABASE_URL uses another database.',
    '',
  ].join('\n');
}

/** The error's details with the database added; details of another shape are left as they are. */
function withDatabase(details: unknown, database: DatabaseInUse | null): unknown {
  if (!database) return details;
  if (details === undefined) return { database };
  const isObject = typeof details === 'object' && details !== null && !Array.isArray(details);
  return isObject ? { ...details, database } : details;
}
