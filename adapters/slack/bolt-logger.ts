/**
 * Bolt's own log lines (and the Socket Mode client's) routed into our pino logger, with anything
 * that looks like a Slack token scrubbed: a library message can never leak a secret into the logs.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';

/** Slack token shapes: bot/user/config tokens (xox?-) and app-level tokens (xapp-). */
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/** The user-info part of a URL (`https://user:password@host`, `ws://token@host`). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** `url` with any user name and password replaced by "[redacted]" (a SLACK_API_URL may carry them). */
export function redactUrl(url: string): string {
  return url.replace(URL_CREDENTIALS, '$1[redacted]@');
}

/** Replaces Slack tokens, URL credentials and the given secret values in `text` with "[redacted]". */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = redactUrl(text).replace(TOKEN, '[redacted]');
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  return out;
}

/** A log-safe summary of an error: name, code, scrubbed message and stack; never request configs or headers. */
export function errorForLog(error: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubSecrets(String(error), secrets) };
  const coded = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  return {
    name: error.name,
    code: typeof coded.code === 'string' ? coded.code : undefined,
    apiError: typeof coded.data?.error === 'string' ? coded.data.error : undefined,
    status: typeof coded.statusCode === 'number' ? coded.statusCode : undefined,
    message: scrubSecrets(error.message, secrets),
    stack: error.stack ? scrubSecrets(error.stack, secrets) : undefined,
  };
}

function render(args: unknown[], secrets: readonly string[]): string {
  const text = args
    .map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.name}: ${a.message}` : safeJson(a)))
    .join(' ');
  return scrubSecrets(text, secrets);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Wraps a pino logger as a Bolt Logger. The level is pino's (LOG_LEVEL); Bolt's setLevel is ignored. */
export function boltLogger(logger: Logger, secrets: readonly string[] = []): BoltLogger {
  const log = logger.child({ source: 'bolt' });
  return {
    debug: (...msg: unknown[]) => log.debug(render(msg, secrets)),
    info: (...msg: unknown[]) => log.info(render(msg, secrets)),
    warn: (...msg: unknown[]) => log.warn(render(msg, secrets)),
    error: (...msg: unknown[]) => log.error(render(msg, secrets)),
    setLevel: () => {},
    getLevel: () => {
      const level = log.level;
      if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
      if (level === 'info') return LogLevel.INFO;
      if (level === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: () => {},
  };
}
