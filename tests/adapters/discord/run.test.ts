/**
 * `npm run discord` as a whole: the built entry point without a token, and runDiscord (settings,
 * articles, core, login, signals) against the fake Discord.
 */
import { execFile, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDiscord, type SignalSource } from '../../../adapters/discord/run.js';
import { runMain } from '../../../adapters/shared/env.js';
import { FakeDiscord } from './fake-discord.js';
import { TOKEN } from './harness.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const NO_TOKEN_LINE = 'discord: missing DISCORD_TOKEN: set it in .env (see .env.example)\n';

describe('the built entry point (node dist/adapters/discord/main.js)', () => {
  // dist/ is built once by tests/global-setup.ts; the entry runs from a folder with no .env.
  const MAIN = join(ROOT, 'dist/adapters/discord/main.js');
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'discord-main-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('without a token prints one line naming DISCORD_TOKEN and .env.example, and exits 1', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD_')));
    const result = await run(process.execPath, [MAIN], { cwd: dir, env }).then(
      () => ({ code: 0, stderr: '', stdout: '' }),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(NO_TOKEN_LINE);
    expect(result.stdout).toBe('');
  });

  it('--help prints usage and the variables it reads, and exits 0 without a token', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD_')));
    const { stdout, stderr } = await run(process.execPath, [MAIN, '--help'], { cwd: dir, env });
    expect(stdout).toMatch(/^Usage: npm run discord/);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_API_URL', 'DISCORD_CHANNELS', 'DISCORD_RATE_LIMIT', 'LOG_LEVEL', '--article']) expect(stdout).toContain(name);
    expect(stderr).toBe('');
  });

  it('an unknown option prints one line and exits 1', async () => {
    const result = await run(process.execPath, [MAIN, '--bogus'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^discord: Unknown option '--bogus'[^\n]*\n$/);
  });

  it('reads .env, logs in, and exits 0 on SIGTERM', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      writeFileSync(join(dir, '.env'), `DISCORD_TOKEN=${TOKEN}\nDISCORD_API_URL=${fake.apiUrl}\n`);
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD_')));
      const child = spawn(process.execPath, [MAIN], { cwd: dir, env: { ...env, LOG_LEVEL: 'info' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      let exitCode: number | null | undefined;
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done((exitCode = code))));
      await expect.poll(() => stderr.includes('discord bot ready') || exitCode !== undefined, { timeout: 10_000 }).toBe(true);
      expect(stderr).toContain('discord bot ready');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('discord bot stopped');
      expect(stderr).not.toContain(TOKEN);
      expect(fake.identifies[0]?.token).toBe(TOKEN);
    } finally {
      rmSync(join(dir, '.env'), { force: true });
      await fake.close();
    }
  });
});

describe('runDiscord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const quietLogger = () => {
    const lines: string[] = [];
    return { lines, logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) };
  };

  it('with an empty token fails through runMain with the one-line message and exit code 1', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await runMain('discord', async () => void (await runDiscord({ env: { DISCORD_TOKEN: ' ' } })));
      expect(write.mock.calls.map((c) => c[0])).toEqual([NO_TOKEN_LINE]);
      expect(process.exitCode).toBe(1);
    } finally {
      write.mockRestore();
      process.exitCode = 0;
    }
  });

  it('starts with the real core and shuts down cleanly on SIGTERM', async () => {
    const signals = new EventEmitter();
    const { lines, logger } = quietLogger();
    const { bot, stopped } = await runDiscord({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `${fake.apiUrl}/` }, logger, signals: signals as SignalSource });
    expect(bot.client.isReady()).toBe(true);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(2);
    expect(signals.listenerCount('unhandledRejection') + signals.listenerCount('uncaughtException')).toBe(2);

    signals.emit('SIGTERM', 'SIGTERM');
    await stopped;
    expect(bot.client.isReady()).toBe(false);
    await expect.poll(() => fake.closes).toContain(1000);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('unhandledRejection') + signals.listenerCount('uncaughtException')).toBe(0);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['discord bot ready', 'shutting down', 'discord bot stopped']);
    expect(lines.join('')).not.toContain(TOKEN);
  });

  const listeners = (signals: EventEmitter) => ['SIGINT', 'SIGTERM', 'unhandledRejection', 'uncaughtException'].reduce((n, e) => n + signals.listenerCount(e), 0);

  it('rejects a token Discord refuses with one line naming DISCORD_TOKEN, not retried, and leaves no handlers behind', async () => {
    const signals = new EventEmitter();
    const wrong = 'wrong-token-value';
    const from = fake.requests.length;
    const { lines, logger } = quietLogger();
    const failure = runDiscord({ env: { DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl }, logger, signals: signals as SignalSource });
    await expect(failure).rejects.toThrow(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized[^)]*\): .*DISCORD_TOKEN in \.env$/);
    await expect(failure).rejects.not.toThrow(wrong);
    expect(fake.requests.slice(from).filter((r) => r.path === '/api/v10/gateway/bot')).toHaveLength(1);
    expect(lines).toEqual([]);
    expect(listeners(signals)).toBe(0);
  });

  it('cannot connect at start: a bounded, logged retry, then one line naming DISCORD_API_URL', async () => {
    const gone = await FakeDiscord.start({ token: TOKEN });
    const apiUrl = gone.apiUrl;
    await gone.close();
    const signals = new EventEmitter();
    const { lines, logger } = quietLogger();
    const failure = runDiscord({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl }, logger, signals: signals as SignalSource, bot: { connect: { attempts: 3, firstDelayMs: 20, readyTimeoutMs: 2000 } } });
    await expect(failure).rejects.toThrow(`could not connect to Discord at ${apiUrl} after 3 attempts (last: connect ECONNREFUSED`);
    await expect(failure).rejects.toThrow(/check the network, and DISCORD_API_URL if it is set$/);
    const retries = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'could not connect to Discord; retrying');
    expect(retries.map((l) => [l.attempt, l.attempts, l.retryInMs])).toEqual([
      [1, 3, 20],
      [2, 3, 40],
    ]);
    expect(listeners(signals)).toBe(0);
  });

  it('a login that fails (the API answers 503) is retried with backoff and connects once the API answers', async () => {
    const flaky = await FakeDiscord.start({ token: TOKEN });
    const clear = flaky.override((r) => r.path === '/api/v10/gateway/bot', 503, { message: 'unavailable', code: 0 });
    const { lines, logger } = quietLogger();
    const signals = new EventEmitter();
    try {
      const running = runDiscord({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: flaky.apiUrl }, logger, signals: signals as SignalSource, bot: { connect: { attempts: 4, firstDelayMs: 200, readyTimeoutMs: 5000 } } });
      await expect.poll(() => lines.some((l) => l.includes('could not connect to Discord; retrying')), { timeout: 5000 }).toBe(true);
      clear();
      const { bot, stopped } = await running;
      expect(bot.client.isReady()).toBe(true);
      expect(JSON.parse(lines.find((l) => l.includes('retrying'))!).error.status).toBe(503);
      signals.emit('SIGINT', 'SIGINT');
      await stopped;
    } finally {
      clear();
      await flaky.close();
    }
  });

  it('an API that never answers: each probe times out, then one line', async () => {
    const hanging = await FakeDiscord.start({ token: TOKEN });
    hanging.fault(() => true, { delayMs: Infinity });
    const { lines, logger } = quietLogger();
    try {
      const failure = runDiscord({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: hanging.apiUrl }, logger, signals: new EventEmitter() as SignalSource, bot: { connect: { attempts: 2, firstDelayMs: 20, probeTimeoutMs: 300 } } });
      await expect(failure).rejects.toThrow(/after 2 attempts \(last: no answer from the API within 0.3 s\)/);
      expect(lines.filter((l) => l.includes('could not connect to Discord; retrying'))).toHaveLength(1);
    } finally {
      await hanging.close();
    }
  });

  it('a gateway that never says HELLO: one deadline for READY, then one line and no retry storm', async () => {
    const silent = await FakeDiscord.start({ token: TOKEN });
    silent.gateway = 'silent';
    const signals = new EventEmitter();
    try {
      const failure = runDiscord({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: silent.apiUrl }, logger: quietLogger().logger, signals: signals as SignalSource, bot: { connect: { attempts: 3, firstDelayMs: 20, readyTimeoutMs: 600 } } });
      await expect(failure).rejects.toThrow(/^could not connect to Discord at .* after 1 attempt \(last: no READY from the gateway within 0.6 s\)/);
      expect(listeners(signals)).toBe(0);
    } finally {
      await silent.close();
    }
  });;
});
