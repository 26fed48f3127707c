import { ConfigError } from '../platform/config/index.ts';
import { DomainError, type ErrorCode } from '../platform/errors.ts';

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

export function failAndExit(out: Output, err: unknown): never {
  if (err instanceof DomainError) {
    if (out.json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: err.code, message: err.message, details: err.details } })}\n`,
      );
    else process.stderr.write(`error: ${err.message}\n`);
    process.exit(EXIT[err.code]);
  }
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}
