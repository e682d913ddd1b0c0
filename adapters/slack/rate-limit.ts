/** The Slack adapter's per-user limit: `SLACK_RATE_LIMIT` questions per `SLACK_RATE_WINDOW_SECONDS`. */
import { ConfigError } from '../shared/env.js';

export const SLACK_RATE_VARIABLES = ['SLACK_RATE_LIMIT', 'SLACK_RATE_WINDOW_SECONDS'] as const;

/** Default 5 per 10 seconds (as on Discord); a malformed value is a ConfigError naming it. */
export function slackRateLimit(env: NodeJS.ProcessEnv = process.env): { limit: number; windowMs: number } {
  const read = (name: string, fallback: number, ok: (n: number) => boolean, rule: string): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!ok(n)) throw new ConfigError(`invalid setting: ${name} must be ${rule} (see .env.example)`);
    return n;
  };
  const limit = read('SLACK_RATE_LIMIT', 5, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1');
  const seconds = read('SLACK_RATE_WINDOW_SECONDS', 10, (n) => Number.isFinite(n) && n >= 0.001 && n <= 86_400, 'a number of seconds from 0.001 to 86400');
  return { limit, windowMs: Math.round(seconds * 1000) };
}
