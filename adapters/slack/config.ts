/**
 * The Slack adapter's settings, read from the environment and validated up front. Errors are
 * ConfigErrors naming the variables (never their values) and pointing at .env.example.
 */
import { z } from 'zod';
import { checkSecret, ConfigError, idList, requireEnv } from '../shared/env.js';
import { redactUrl } from './bolt-logger.js';

export type SlackMode = 'socket' | 'http';
export type AnswerVisibility = 'ephemeral' | 'channel';

export interface SlackConfig {
  /** Socket Mode (default; no public URL needed) or HTTP mode (Events API requests on `port`). */
  mode: SlackMode;
  botToken: string;
  /** Socket Mode only. */
  appToken?: string;
  /** HTTP mode only. */
  signingSecret?: string;
  /** HTTP mode only: where Bolt listens for `/slack/events`. */
  port: number;
  /** Who sees `/ask` answers: only the asker (default) or the whole channel. */
  visibility: AnswerVisibility;
  /** Channel ids where mentions are answered; empty means everywhere the bot is invited. */
  channels: ReadonlySet<string>;
  /** The Web API base (`https://slack.com/api/` when unset), for the bot client and apps.connections.open. */
  apiUrl?: string;
  /** Start-up tries when Slack cannot be reached, before giving up (default 5, about 15 s). */
  connectAttempts?: number;
}

/** Every variable the adapter reads (for docs/slack.md and .env.example). */
export const SLACK_VARIABLES = [
  'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_SOCKET_MODE', 'PORT',
  'SLACK_ANSWER_VISIBILITY', 'SLACK_CHANNELS', 'SLACK_API_URL', 'SLACK_CONNECT_ATTEMPTS', 'LOG_LEVEL',
] as const;

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

const schema = z.object({
  SLACK_SOCKET_MODE: z.preprocess(
    blankToUndefined,
    z.string().toLowerCase().refine((v) => TRUE.includes(v) || FALSE.includes(v)).optional(),
  ),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  SLACK_ANSWER_VISIBILITY: z.preprocess(
    (v) => (typeof blankToUndefined(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z.enum(['ephemeral', 'channel']).default('ephemeral'),
  ),
  SLACK_API_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  SLACK_CONNECT_ATTEMPTS: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(5)),
});

const EXPECTED: Record<string, string> = {
  SLACK_SOCKET_MODE: 'true or false',
  PORT: 'a port number (0-65535)',
  SLACK_ANSWER_VISIBILITY: '"ephemeral" or "channel"',
  SLACK_API_URL: 'an http(s) URL such as https://slack.com/api/',
  SLACK_CONNECT_ATTEMPTS: 'a whole number from 1 to 100',
};

/** Reads and checks the Slack settings; throws a ConfigError naming what is missing or wrong. */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    const detail = names.map((n) => `${n} must be ${EXPECTED[n] ?? 'valid'}`).join('; ');
    throw new ConfigError(`${detail} (see .env.example)`);
  }
  const values = parsed.data;
  const mode: SlackMode = values.SLACK_SOCKET_MODE !== undefined && FALSE.includes(values.SLACK_SOCKET_MODE) ? 'http' : 'socket';

  requireEnv(mode === 'socket' ? ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'] : ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'], env);
  const botToken = env.SLACK_BOT_TOKEN!.trim();
  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || undefined;
  checkSecret('SLACK_BOT_TOKEN', botToken);
  if (mode === 'socket') checkSecret('SLACK_APP_TOKEN', appToken);
  else checkSecret('SLACK_SIGNING_SECRET', signingSecret);
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN must be the bot token (it starts with xoxb-; see .env.example)');
  }
  if (mode === 'socket' && !appToken!.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN must be an app-level token with connections:write (it starts with xapp-; see .env.example)');
  }

  let apiUrl = values.SLACK_API_URL;
  if (apiUrl && /^[a-z]+:\/\/[^/?#]*@/i.test(apiUrl)) {
    // fetch refuses such URLs, and the credentials would end up wherever the URL is shown.
    throw new ConfigError('SLACK_API_URL must not contain a user name or password (see .env.example)');
  }
  if (apiUrl && !apiUrl.endsWith('/')) apiUrl += '/';
  return {
    mode,
    botToken,
    appToken: mode === 'socket' ? appToken : undefined,
    signingSecret: mode === 'http' ? signingSecret : undefined,
    port: values.PORT,
    visibility: values.SLACK_ANSWER_VISIBILITY,
    channels: idList(env.SLACK_CHANNELS),
    apiUrl,
    connectAttempts: values.SLACK_CONNECT_ATTEMPTS,
  };
}

/** What is safe to log about the configuration: no tokens, no secret. */
export function describeConfig(config: SlackConfig): Record<string, unknown> {
  return {
    mode: config.mode,
    port: config.mode === 'http' ? config.port : undefined,
    visibility: config.visibility,
    channels: config.channels.size > 0 ? [...config.channels] : 'all',
    apiUrl: config.apiUrl ? redactUrl(config.apiUrl) : 'default',
  };
}
