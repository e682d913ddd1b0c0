import pino, { type Logger } from 'pino';
import { ConfigError } from './env.js';

/** The values LOG_LEVEL may take. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * `LOG_LEVEL`, checked: blank means `info`; anything else not in LOG_LEVELS is a ConfigError that
 * names the variable but never repeats its value (it could be a secret pasted on the wrong line).
 */
export function logLevel(raw: string | undefined = process.env.LOG_LEVEL): string {
  const level = raw?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`invalid setting: LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (see .env.example)`);
  }
  return level;
}

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
export function createLogger(name: string, level?: string): Logger {
  return pino({ name, level: logLevel(level ?? process.env.LOG_LEVEL), redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

export type { Logger };
