import { z } from 'zod';
import { checkSecret, ConfigError, idList, requireEnv } from '../shared/env.js';

/** The Discord adapter's settings, read from the environment (`.env`). */
export interface DiscordConfig {
  /** The bot token (`DISCORD_TOKEN`). Never logged, never shown. */
  token: string;
  /** The REST base URL without a trailing slash (`DISCORD_API_URL`, default Discord's own). */
  apiUrl: string;
  /** The application id for `discord:register` (`DISCORD_APPLICATION_ID`); looked up with the token when unset. */
  applicationId?: string;
  /** Register the commands in this one guild only, for instant testing (`DISCORD_GUILD_ID`). */
  guildId?: string;
  /** Channels where mentions are answered (`DISCORD_CHANNELS`); empty means everywhere. */
  channels: ReadonlySet<string>;
  /** Per-user rate limit (`DISCORD_RATE_LIMIT` questions per `DISCORD_RATE_WINDOW_SECONDS`). */
  rateLimit: { limit: number; windowMs: number };
  /** A role (id or name) whose members may manage articles besides Manage Server (`DISCORD_ARTICLE_ROLE`). */
  articleRole?: string;
  /** Open a thread for a mention's answer in server channels (`DISCORD_THREADS=true`). */
  threads?: boolean;
}

export const DEFAULT_API_URL = 'https://discord.com/api';

const snowflake = /^\d{17,20}$/;
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

/**
 * The schema's messages are written here, per variable, so that a validation error names the
 * variable and the rule but never echoes a value (a misplaced token must not reach the terminal).
 */
const schema = z.object({
  DISCORD_ARTICLE_ROLE: z.preprocess(blankToUndefined, z.string().max(100, { error: 'must be a role id or name' }).optional()),
  DISCORD_THREADS: z.preprocess(blankToUndefined, z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).optional()),
  DISCORD_TOKEN: z.string(),
  DISCORD_API_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/i, { error: 'must be an http(s) URL such as https://discord.com/api' })
      .optional(),
  ),
  DISCORD_APPLICATION_ID: z.preprocess(blankToUndefined, z.string().regex(snowflake, { error: 'must be a numeric Discord id' }).optional()),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, z.string().regex(snowflake, { error: 'must be a numeric Discord id' }).optional()),
  DISCORD_CHANNELS: z.preprocess(
    (v) => [...idList(typeof v === 'string' ? v : undefined)],
    z.array(z.string().regex(snowflake, { error: 'must be a comma-separated list of numeric channel ids' })),
  ),
  DISCORD_RATE_LIMIT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a whole number of at least 1' }).int({ error: 'must be a whole number of at least 1' }).min(1, { error: 'must be a whole number of at least 1' }).default(5),
  ),
  DISCORD_RATE_WINDOW_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a number of seconds above 0' }).positive({ error: 'must be a number of seconds above 0' }).max(86_400, { error: 'must be at most 86400 seconds' }).default(10),
  ),
});

/**
 * Reads and checks the Discord settings. A missing token, or any malformed value, throws a
 * ConfigError naming the variable(s) and pointing at `.env.example`; values are never included.
 */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  requireEnv(['DISCORD_TOKEN'], env);
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'DISCORD_*');
      if (!problems.has(name)) problems.set(name, issue.message);
    }
    const list = [...problems].map(([name, message]) => `${name} ${message}`).join('; ');
    throw new ConfigError(`invalid setting: ${list} (see .env.example)`);
  }
  const v = parsed.data;
  // "Bot <token>" as in an Authorization header is accepted; "Bot " alone is no token at all.
  const token = v.DISCORD_TOKEN.trim().replace(/^(Bot|Bearer)(\s+|$)/i, '');
  if (!token) throw new ConfigError('DISCORD_TOKEN holds only the "Bot" prefix: put the bot token itself (Developer Portal > Bot > Reset Token) in .env (see .env.example)');
  checkSecret('DISCORD_TOKEN', token);
  if (Math.round(v.DISCORD_RATE_WINDOW_SECONDS * 1000) < 1) {
    throw new ConfigError('invalid setting: DISCORD_RATE_WINDOW_SECONDS must be at least 0.001 seconds (see .env.example)');
  }
  return {
    token,
    apiUrl: (v.DISCORD_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    ...(v.DISCORD_APPLICATION_ID ? { applicationId: v.DISCORD_APPLICATION_ID } : {}),
    ...(v.DISCORD_GUILD_ID ? { guildId: v.DISCORD_GUILD_ID } : {}),
    channels: new Set(v.DISCORD_CHANNELS),
    rateLimit: { limit: v.DISCORD_RATE_LIMIT, windowMs: Math.round(v.DISCORD_RATE_WINDOW_SECONDS * 1000) },
    ...(v.DISCORD_ARTICLE_ROLE ? { articleRole: v.DISCORD_ARTICLE_ROLE } : {}),
    ...(v.DISCORD_THREADS === 'true' || v.DISCORD_THREADS === '1' ? { threads: true } : {}),
  };
}
