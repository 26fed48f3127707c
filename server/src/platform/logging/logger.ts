import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';

/** The logger type that both pino and Fastify's request loggers satisfy. */
export type Logger = FastifyBaseLogger;

/**
 * Tokens travel in URLs and headers; these paths are redacted from every log line so a log
 * never holds a credential.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  'token',
  'key',
  '*.password',
  '*.token',
];

export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}
