/** `/healthz`: the stand-alone server on HEALTH_PORT, its settings, and the Discord bot wired to it. */
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiscord, type SignalSource } from '../../../adapters/discord/run.js';
import { ConfigError } from '../../../adapters/shared/env.js';
import { healthPort, startHealthServer, type HealthReport } from '../../../adapters/shared/health.js';
import { FakeDiscord } from '../discord/fake-discord.js';
import { TOKEN } from '../discord/harness.js';

describe('the health server', () => {
  it('answers GET /healthz with 200 and the report, 404 elsewhere, 405 for other methods', async () => {
    let connected = false;
    const report = (): HealthReport => ({ platform: 'test', connected, articles: ['a.txt'], state: { kind: 'memory' } });
    const server = await startHealthServer(0, report, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${server.port}`;
      const down = await fetch(`${url}/healthz`);
      expect(down.status).toBe(200);
      expect(await down.json()).toEqual({ status: 'disconnected', platform: 'test', connected: false, articles: ['a.txt'], state: { kind: 'memory' } });
      connected = true;
      expect(await (await fetch(`${url}/healthz?probe=1`)).json()).toMatchObject({ status: 'ok', connected: true });
      expect((await fetch(`${url}/`)).status).toBe(404);
      expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('a port in use is a ConfigError naming HEALTH_PORT', async () => {
    const report = (): HealthReport => ({ platform: 'test', connected: true, articles: [], state: { kind: 'memory' } });
    const first = await startHealthServer(0, report, '127.0.0.1');
    try {
      await expect(startHealthServer(first.port, report, '127.0.0.1')).rejects.toThrow(new ConfigError(`HEALTH_PORT ${first.port} cannot be used (EADDRINUSE); choose a free port or leave it unset (see .env.example)`));
    } finally {
      await first.close();
    }
  });

  it('reads HEALTH_PORT: unset means no server; a bad value is a ConfigError naming it', () => {
    expect(healthPort({})).toBeUndefined();
    expect(healthPort({ HEALTH_PORT: ' 8080 ' })).toBe(8080);
    for (const bad of ['http', '-1', '70000', '80.5']) expect(() => healthPort({ HEALTH_PORT: bad })).toThrow(ConfigError);
  });
});

describe('the Discord bot with HEALTH_PORT', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('serves /healthz: connected once the gateway is ready, the articles, no token; closed on shutdown', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const signals = new EventEmitter();
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: '0', QA_LOG_FILE: 'off' };
    const { stopped } = await runDiscord({ env, logger, signals: signals as SignalSource });
    const port = lines.map((l) => JSON.parse(l)).find((l) => l.msg.startsWith('health check on'))?.port;
    expect(port).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: 'ok', platform: 'discord', connected: true, state: { kind: 'memory' } });
    expect(JSON.parse(text).articles.length).toBeGreaterThan(0);
    expect(text).not.toContain(TOKEN);
    signals.emit('SIGTERM', 'SIGTERM');
    await stopped;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
