import pino, { type Logger } from 'pino';

/**
 * Paths that may hold secrets in anything an adapter logs: pino replaces them with
 * "[redacted]", so a token can never reach a log line even if an object carrying it is logged.
 */
const REDACT = [
  'token', '*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret', '*.signingSecret',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'config.token',
];

/**
 * The structured logger every adapter uses: JSON lines on stderr (stdout belongs to answers in
 * the CLI), level from `LOG_LEVEL` (default `info`; `silent` in tests).
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

export type { Logger };
