/** Slack's `/healthz`: a route beside /slack/events in HTTP mode; `connected()` in Socket Mode (for HEALTH_PORT). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, socketConfig } from './harness.js';
import { SIGNING_SECRET } from './requests.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('Slack /healthz', () => {
  it('HTTP mode: GET /healthz on the events port answers 200 with the report and no secret, unsigned', async () => {
    const bot = buildBot(httpConfig(fake), capturingLogger().logger, undefined, { health: () => ({ articles: ['seed.txt'], state: { kind: 'memory' } }) });
    const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(JSON.parse(text)).toEqual({ status: 'ok', platform: 'slack', connected: true, articles: ['seed.txt'], state: { kind: 'memory' } });
      expect(text).not.toContain(SIGNING_SECRET);
      expect(text).not.toContain(fake.botToken);
    } finally {
      await bot.stop();
    }
  });

  it('Socket Mode: connected() follows the WebSocket', async () => {
    const bot = buildBot(socketConfig(fake), capturingLogger().logger);
    expect(bot.connected()).toBe(false);
    await bot.start();
    try {
      await fake.waitFor(() => bot.connected(), 3000, 'connected');
    } finally {
      await bot.stop();
    }
    expect(bot.connected()).toBe(false);
  });
});
