import { describe, expect, it } from 'vitest';
import { describeConfig, readSlackConfig } from '../../../adapters/slack/config.js';
import { ConfigError } from '../../../adapters/shared/env.js';

const socketEnv = { SLACK_BOT_TOKEN: 'xoxb-1-secret', SLACK_APP_TOKEN: 'xapp-1-secret' };
const httpEnv = { SLACK_BOT_TOKEN: 'xoxb-1-secret', SLACK_SIGNING_SECRET: 'shh-signing', SLACK_SOCKET_MODE: 'false' };

function errorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readSlackConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readSlackConfig', () => {
  it('refuses a SLACK_API_URL holding credentials, without echoing them', () => {
    const error = errorOf({ ...socketEnv, SLACK_API_URL: 'https://user:hunter2@proxy.example/api/' });
    expect(error.message).toBe('SLACK_API_URL must not contain a user name or password (see .env.example)');
    expect(describeConfig({ ...readSlackConfig(socketEnv), apiUrl: 'https://user:hunter2@proxy.example/api/' }).apiUrl).toBe('https://[redacted]@proxy.example/api/');
  });

  it('reads SLACK_CONNECT_ATTEMPTS (default 5) and rejects a bad one', () => {
    expect(readSlackConfig(socketEnv).connectAttempts).toBe(5);
    expect(readSlackConfig({ ...socketEnv, SLACK_CONNECT_ATTEMPTS: '2' }).connectAttempts).toBe(2);
    expect(errorOf({ ...socketEnv, SLACK_CONNECT_ATTEMPTS: '0' }).message).toBe('SLACK_CONNECT_ATTEMPTS must be a whole number from 1 to 100 (see .env.example)');
  });

  it('defaults to Socket Mode, ephemeral answers, every channel', () => {
    const c = readSlackConfig(socketEnv);
    expect(c).toMatchObject({ mode: 'socket', botToken: 'xoxb-1-secret', appToken: 'xapp-1-secret', visibility: 'ephemeral', port: 3000 });
    expect(c.channels.size).toBe(0);
    expect(c.apiUrl).toBeUndefined();
  });

  it('uses HTTP mode when SLACK_SOCKET_MODE=false, with the signing secret and PORT', () => {
    const c = readSlackConfig({ ...httpEnv, PORT: '8080', SLACK_APP_TOKEN: 'xapp-unused' });
    expect(c).toMatchObject({ mode: 'http', signingSecret: 'shh-signing', port: 8080, appToken: undefined });
  });

  it('stays in Socket Mode when only the signing secret is set', () => {
    expect(readSlackConfig({ ...socketEnv, SLACK_SIGNING_SECRET: 'x' }).mode).toBe('socket');
  });

  it('names every missing variable for the mode, and points at .env.example', () => {
    expect(errorOf({}).message).toBe('missing SLACK_BOT_TOKEN, SLACK_APP_TOKEN: set them in .env (see .env.example)');
    expect(errorOf({ SLACK_SOCKET_MODE: 'false', SLACK_BOT_TOKEN: 'xoxb-1' }).message).toBe(
      'missing SLACK_SIGNING_SECRET: set it in .env (see .env.example)',
    );
  });

  it('rejects malformed values by name, never echoing a value', () => {
    const e = errorOf({ ...socketEnv, PORT: 'eighty', SLACK_ANSWER_VISIBILITY: 'everyone', SLACK_SOCKET_MODE: 'maybe' });
    expect(e.message).toContain('PORT');
    expect(e.message).toContain('SLACK_ANSWER_VISIBILITY');
    expect(e.message).toContain('SLACK_SOCKET_MODE');
    expect(e.message).not.toContain('eighty');
    const swapped = errorOf({ SLACK_BOT_TOKEN: 'xapp-1-secret', SLACK_APP_TOKEN: 'xoxb-1-secret' });
    expect(swapped.message).toContain('SLACK_BOT_TOKEN');
    expect(swapped.message).not.toContain('secret');
  });

  it('reads visibility, channels and the API URL (with a trailing slash)', () => {
    const c = readSlackConfig({ ...socketEnv, SLACK_ANSWER_VISIBILITY: 'Channel', SLACK_CHANNELS: 'C1, C2,,', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(c.visibility).toBe('channel');
    expect([...c.channels]).toEqual(['C1', 'C2']);
    expect(c.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(errorOf({ ...socketEnv, SLACK_API_URL: 'not a url' }).message).toContain('SLACK_API_URL');
  });

  it('describes itself for the log without any token or secret', () => {
    const logged = JSON.stringify(describeConfig(readSlackConfig({ ...httpEnv, SLACK_APP_TOKEN: 'xapp-1-secret' })));
    expect(logged).toContain('"mode":"http"');
    expect(logged).not.toContain('secret');
    expect(logged).not.toContain('shh');
  });
});

describe('documentation', () => {
  it('lists every variable the adapter reads in docs/slack.md', async () => {
    const { readFileSync } = await import('node:fs');
    const { SLACK_VARIABLES } = await import('../../../adapters/slack/config.js');
    const doc = readFileSync(new URL('../../../docs/slack.md', import.meta.url), 'utf8');
    for (const name of SLACK_VARIABLES) expect(doc).toContain(`| \`${name}\` |`);
  });
});
