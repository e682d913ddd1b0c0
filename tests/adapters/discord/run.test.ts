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

    signals.emit('SIGTERM', 'SIGTERM');
    await stopped;
    expect(bot.client.isReady()).toBe(false);
    await expect.poll(() => fake.closes).toContain(1000);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['discord bot ready', 'shutting down', 'discord bot stopped']);
    expect(lines.join('')).not.toContain(TOKEN);
  });

  it('rejects a token Discord refuses, without echoing it, and leaves no signal handlers behind', async () => {
    const signals = new EventEmitter();
    const wrong = 'wrong-token-value';
    const failure = runDiscord({ env: { DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl }, logger: quietLogger().logger, signals: signals as SignalSource });
    await expect(failure).rejects.toThrow(/401|Unauthorized|invalid token/i);
    await expect(failure).rejects.not.toThrow(wrong);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });
});
