/**
 * Connecting and staying connected, against the fake: Slack unreachable at start-up (a bounded,
 * logged retry, then one SlackConnectError), a refused token at start-up (named at once), a lost
 * connection (reconnected with backoff, through an outage), a revoked app token while running
 * and a revoked bot token while running (fatal, naming the variable).
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { SlackConnectError } from '../../../adapters/slack/connect.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, socketConfig } from './harness.js';
import { eventBody, postSigned, uniqueId } from './requests.js';

const QUICK = { attempts: 3, baseDelayMs: 20, maxDelayMs: 50 };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

/** A 127.0.0.1 URL where nothing listens. */
async function deadUrl(): Promise<string> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}/api/`;
}

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await FakeSlack.start();
  cleanups.push(() => fake.close());
  return fake;
}

function track(bot: SlackBot): SlackBot {
  cleanups.push(() => bot.stop());
  return bot;
}

function helpEnvelope(fake: FakeSlack, responseId: string) {
  return {
    envelope_id: uniqueId('env-'), type: 'slash_commands', accepts_response_payload: true,
    payload: { team_id: 'T0FAKE', channel_id: 'C0GENERAL', user_id: 'U0ASKER', command: '/ask', text: 'help', response_url: fake.responseUrl(responseId), trigger_id: uniqueId('trig') },
  };
}

describe('start-up with Slack unreachable', () => {
  it.each(['socket', 'http'] as const)('%s mode: tries a bounded number of times, logs each retry, then fails with one clear error', async (mode) => {
    const fake = await fakeSlack();
    const apiUrl = await deadUrl();
    const { logger, lines } = capturingLogger();
    const config = mode === 'socket' ? socketConfig(fake, { apiUrl }) : httpConfig(fake, { apiUrl });
    // HTTP mode checks the token with auth.test first (no known ids); Socket Mode goes straight to apps.connections.open.
    const bot = track(buildBot(config, logger, undefined, { startRetry: QUICK, ...(mode === 'http' ? { botId: undefined, botUserId: undefined } : {}) }));
    const error = await bot.start({ port: 0, host: '127.0.0.1' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SlackConnectError);
    expect((error as SlackConnectError).code).toBe('SLACK_UNREACHABLE');
    expect((error as Error).message).toMatch(/^could not reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\/ \((auth\.test|Socket Mode connection): ECONNREFUSED\) after 3 tries: check the network, or SLACK_API_URL/);
    expect(lines.filter((l) => l.includes('could not reach Slack') && l.includes('retrying'))).toHaveLength(2);
  });

  it('never logs credentials that are part of SLACK_API_URL', async () => {
    const fake = await fakeSlack();
    const apiUrl = (await deadUrl()).replace('http://', 'http://someone:hunter2-password@');
    const { logger, lines } = capturingLogger();
    const bot = track(buildBot(socketConfig(fake, { apiUrl }), logger, undefined, { startRetry: QUICK }));
    const error = (await bot.start().catch((e: unknown) => e)) as Error;
    expect(`${error.message}\n${lines.join('\n')}`).not.toContain('hunter2');
    expect(error.message).toContain('http://[redacted]@127.0.0.1');
  });
});

describe('a Socket Mode handshake that hangs', () => {
  it('counts as a failed try after the connect timeout, so start-up still ends with one clear error', async () => {
    const fake = await fakeSlack();
    fake.silentSockets = true;
    const bot = track(buildBot(socketConfig(fake), capturingLogger().logger, undefined, { startRetry: QUICK, connectTimeoutMs: 100 }));
    const error = (await bot.start().catch((e: unknown) => e)) as SlackConnectError;
    expect(error.code).toBe('SLACK_UNREACHABLE');
    expect(error.message).toContain('(Socket Mode connection: timeout) after 3 tries');
    expect(fake.sockets).toHaveLength(3);
  });
});

describe('a token refused at start-up', () => {
  it('SLACK_BOT_TOKEN: fails at once (no retries), naming the variable and the fix', async () => {
    const fake = await fakeSlack();
    const { logger, lines } = capturingLogger();
    const bot = track(buildBot(httpConfig(fake, { botToken: 'xoxb-wrong' }), logger, undefined, { botId: undefined, botUserId: undefined, startRetry: QUICK }));
    const error = (await bot.start({ port: 0, host: '127.0.0.1' }).catch((e: unknown) => e)) as SlackConnectError;
    expect(error.code).toBe('SLACK_AUTH_REJECTED');
    expect(error.message).toBe("Slack refused SLACK_BOT_TOKEN (invalid_auth): set it to the app's Bot User OAuth Token (xoxb-..., OAuth & Permissions; reinstall the app if it was revoked), in .env (see .env.example)");
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('xoxb-wrong');
  });

  it('SLACK_APP_TOKEN: fails at once, naming it', async () => {
    const fake = await fakeSlack();
    const bot = track(buildBot(socketConfig(fake, { appToken: 'xapp-wrong' }), capturingLogger().logger, undefined, { startRetry: QUICK }));
    const error = (await bot.start().catch((e: unknown) => e)) as SlackConnectError;
    expect(error.code).toBe('SLACK_AUTH_REJECTED');
    expect(error.message).toMatch(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\): set it to an app-level token with connections:write/);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
  });
});

describe('once connected (Socket Mode)', () => {
  it('reconnects after a dropped connection, through an outage, with backoff, and answers again', async () => {
    const fake = await fakeSlack();
    const { logger, lines } = capturingLogger();
    const bot = track(buildBot(socketConfig(fake), logger, undefined, { reconnect: { baseDelayMs: 20, maxDelayMs: 100 } }));
    await bot.start();
    expect(fake.sockets).toHaveLength(1);
    fake.connectionsDown = true;
    fake.dropSockets();
    await fake.waitFor(() => lines.filter((l) => l.includes('could not reconnect to Slack; retrying')).length >= 3, 5000, 'three failed reconnects');
    const delays = lines.filter((l) => l.includes('could not reconnect')).map((l) => JSON.parse(l).retryInMs as number);
    expect(delays.slice(0, 3)).toEqual([20, 40, 80]);
    fake.connectionsDown = false;
    await fake.waitFor(() => fake.sockets.length === 2 && lines.some((l) => l.includes('reconnected to Slack')), 5000, 'the reconnection');
    await fake.sendEnvelope(helpEnvelope(fake, 'after-reconnect'));
    await fake.waitFor(() => fake.responses.find((r) => r.id === 'after-reconnect'), 3000, 'an answer after reconnecting');
  });

  it('a revoked app token: reported once as fatal, naming SLACK_APP_TOKEN (no unhandled rejection)', async () => {
    const fake = await fakeSlack();
    const fatal: SlackConnectError[] = [];
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    cleanups.push(async () => void process.off('unhandledRejection', onRejection));
    const bot = track(buildBot(socketConfig(fake), capturingLogger().logger, undefined, { reconnect: { baseDelayMs: 20, maxDelayMs: 100 }, onFatal: (e) => fatal.push(e) }));
    await bot.start();
    fake.appToken = 'xapp-revoked-now';
    fake.dropSockets();
    await fake.waitFor(() => fatal.length > 0, 5000, 'the fatal error');
    await new Promise((r) => setTimeout(r, 200));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.message).toMatch(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2); // not retried after the refusal
    expect(rejections).toEqual([]);
  });
});

describe('a bot token revoked while running', () => {
  it('is fatal, naming SLACK_BOT_TOKEN', async () => {
    const fake = await fakeSlack();
    const fatal: SlackConnectError[] = [];
    const bot = track(buildBot(httpConfig(fake), capturingLogger().logger, undefined, { onFatal: (e) => fatal.push(e) }));
    const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
    fake.botToken = 'xoxb-revoked-now';
    const ts = '1700200000.000100';
    await postSigned(`http://127.0.0.1:${port}`, eventBody({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0GENERAL', event_ts: ts }));
    await fake.waitFor(() => fatal.length > 0, 5000, 'the fatal error');
    expect(fatal[0]!.message).toMatch(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});
