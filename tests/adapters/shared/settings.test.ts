/**
 * Secrets and settings (issue 20, finding 7): every refusal is one line naming the variable,
 * never its value; a `.env` saved with a byte-order mark reads as written; an unreadable `.env` is
 * one line from every entry point; library messages are scrubbed before they are logged.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../../adapters/discord/config.js';
import { ConfigError, loadDotEnv } from '../../../adapters/shared/env.js';
import { logLevel } from '../../../adapters/shared/logger.js';
import { sessionSettings } from '../../../adapters/shared/session.js';
import { readSlackConfig } from '../../../adapters/slack/config.js';
import { slackRateLimit } from '../../../adapters/slack/rate-limit.js';
import { failureKind } from '../../../adapters/slack/web-api.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SECRET = 'Sup3rSecretValueXyz';
const tmp = () => mkdtempSync(join(tmpdir(), 'settings-'));

/** The ConfigError `run` throws: its message must name `variable` and must not hold `value`. */
function refusal(run: () => unknown, variable: string, value = SECRET): string {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toContain(variable);
  expect(message).not.toContain(value);
  expect(message).not.toContain('\n');
  return message;
}

describe('.env', () => {
  it('a byte-order mark at the start is dropped: the first variable reads as written', () => {
    const file = join(tmp(), '.env');
    writeFileSync(file, '\ufeffDISCORD_TOKEN=abc.def.ghi\nLOG_LEVEL=warn\n');
    const env: NodeJS.ProcessEnv = {};
    loadDotEnv(file, env);
    expect(env).toEqual({ DISCORD_TOKEN: 'abc.def.ghi', LOG_LEVEL: 'warn' });
  });

  it('keeps what the environment already sets', () => {
    const file = join(tmp(), '.env');
    writeFileSync(file, 'LOG_LEVEL=warn\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'error' };
    loadDotEnv(file, env);
    expect(env.LOG_LEVEL).toBe('error');
  });

  it('a .env that is a directory is a ConfigError; npm run slack says so in one line, exit 1, no stack', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.env'));
    expect(() => loadDotEnv(join(dir, '.env'), {})).toThrow(ConfigError);
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/adapters/slack/main.js')], { cwd: dir, encoding: 'utf8', timeout: 15_000, env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^slack: \.env cannot be read \(it is a directory\)/);
  });
});

describe('tokens and secrets with whitespace or control characters', () => {
  it('Slack: each refused at start, naming its variable', () => {
    const socket = { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_APP_TOKEN: 'xapp-1-A-2-ok' };
    refusal(() => readSlackConfig({ ...socket, SLACK_BOT_TOKEN: `xoxb-1-2-${SECRET}\nx` }), 'SLACK_BOT_TOKEN');
    refusal(() => readSlackConfig({ ...socket, SLACK_APP_TOKEN: `xapp-1-A-${SECRET} x` }), 'SLACK_APP_TOKEN');
    refusal(() => readSlackConfig({ SLACK_SOCKET_MODE: 'false', SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: `${SECRET}\u0007` }), 'SLACK_SIGNING_SECRET');
  });

  it('Discord: a token with a line break, and "Bot " with no token after it', () => {
    refusal(() => loadDiscordConfig({ DISCORD_TOKEN: `MTAw.${SECRET}\n.xyz` }), 'DISCORD_TOKEN');
    expect(refusal(() => loadDiscordConfig({ DISCORD_TOKEN: 'Bot ' }), 'DISCORD_TOKEN', 'check the network')).toContain('prefix');
    expect(loadDiscordConfig({ DISCORD_TOKEN: 'Bot MTAw.abc.xyz' }).token).toBe('MTAw.abc.xyz');
  });

  it('a library message quoting a token (undici\'s bad header) is scrubbed in failureKind', () => {
    const token = `xoxb-1-2-${SECRET}\nx`;
    const original = new TypeError(`Headers.append: "Bearer ${token}" is an invalid header value.`);
    const error = Object.assign(new Error(`A request error occurred: ${original.message}`), { code: 'slack_webapi_request_error', original });
    expect(failureKind(error, [token])).not.toContain(SECRET);
  });
});

describe('settings: one line naming the variable, never its value', () => {
  it('LOG_LEVEL is checked by name; its value is never repeated', () => {
    expect(logLevel(' DEBUG ')).toBe('debug');
    expect(logLevel(undefined)).toBe('info');
    refusal(() => logLevel(`xoxb-1-2-${SECRET}`), 'LOG_LEVEL');
  });

  it('rate windows too short to be a millisecond name their variable', () => {
    refusal(() => loadDiscordConfig({ DISCORD_TOKEN: 'MTAw.abc.xyz', DISCORD_RATE_WINDOW_SECONDS: '0.0001' }), 'DISCORD_RATE_WINDOW_SECONDS', '0.0001');
    refusal(() => slackRateLimit({ SLACK_RATE_WINDOW_SECONDS: '0.0001' }), 'SLACK_RATE_WINDOW_SECONDS', '0.0001');
  });

  it('QA_LOG_FILE must be a file path, not a folder', () => {
    const dir = tmp();
    refusal(() => sessionSettings({ QA_LOG_FILE: dir }), 'QA_LOG_FILE', dir);
    refusal(() => sessionSettings({ QA_LOG_FILE: 'mylogs/' }), 'QA_LOG_FILE', 'mylogs/');
    expect(sessionSettings({ QA_LOG_FILE: join(dir, 'qa.log') }).log?.file).toBe(join(dir, 'qa.log'));
  });
});
