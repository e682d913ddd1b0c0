/**
 * HTTP mode under attack (issue 20, finding 1), scaled down: idle connections that never finish
 * their headers are closed (past the cap at once, the rest at the headers timeout) while signed
 * events and /healthz are answered; requests without signature headers, with a stale timestamp
 * or announcing a body over the limit are refused before their body is read (before: an unsigned
 * 4 MB body was read whole first, and a request that announced one but sent nothing was never answered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig } from './harness.js';
import { eventBody, postSigned, signature, SIGNING_SECRET } from './requests.js';
import { idleFlood, rawRequest } from '../shared/idle-connections.js';

const LIMITS = { headersTimeoutMs: 800, requestTimeoutMs: 1500, keepAliveTimeoutMs: 1000, maxConnections: 10, perAddress: 10 };
let fake: FakeSlack;
let bot: SlackBot;
let port: number;

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(httpConfig(fake), capturingLogger().logger, undefined, { httpLimits: LIMITS });
  ({ port } = (await bot.start({ port: 0, host: '127.0.0.1' })) as { port: number });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function answersAMention(): Promise<void> {
  const ts = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const res = await postSigned(`http://127.0.0.1:${port}`, eventBody({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0GENERAL', event_ts: ts }));
  expect(res.status).toBe(200);
  await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === ts), 3000, 'the mention answered');
}

describe('HTTP mode under an idle-connection flood', () => {
  it('closes the idle connections and answers signed events and /healthz meanwhile', async () => {
    const flood = await idleFlood(port, 40, '/slack/events');
    try {
      await expect.poll(() => flood.closed(), { timeout: 1000 }).toBeGreaterThanOrEqual(40 - LIMITS.maxConnections);
      for (let probe = 0; probe < 3; probe++) {
        await answersAMention();
        const health = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
        expect(health.status).toBe(200);
        await health.text();
      }
      await expect.poll(() => flood.closed(), { timeout: 3000 }).toBe(40);
    } finally {
      flood.end();
    }
  });
});

describe('refused before the body is read', () => {
  const head = (headers: Record<string, string | number>) =>
    `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const now = () => Math.floor(Date.now() / 1000);

  it('no signature headers, a 512 KB body announced and not sent: 401 at once', async () => {
    const res = await rawRequest(port, head({ 'Content-Length': 512 * 1024 }), 1500);
    expect(res.status).toBe('401');
    expect(res.ms).toBeLessThan(1000);
  });

  it('a timestamp ten minutes old: 401 at once', async () => {
    const ts = now() - 600;
    const res = await rawRequest(port, head({ 'Content-Length': 1000, 'X-Slack-Request-Timestamp': ts, 'X-Slack-Signature': signature(SIGNING_SECRET, ts, '{}') }), 1500);
    expect(res.status).toBe('401');
  });

  it('a signed request announcing a body over the limit (2 MB): 413 at once', async () => {
    const ts = now();
    const res = await rawRequest(port, head({ 'Content-Length': 2 * 1024 * 1024, 'X-Slack-Request-Timestamp': ts, 'X-Slack-Signature': signature(SIGNING_SECRET, ts, '{}') }), 1500);
    expect(res.status).toBe('413');
  });

  it('still answers after all that', async () => {
    await answersAMention();
  });
});
