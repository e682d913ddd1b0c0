/**
 * Runs the built bot (`node dist/adapters/discord/main.js`, built by tests/global-setup.ts) or
 * `npm run discord` as a child process against a fake Discord, as a user or a supervisor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const MAIN = join(ROOT, 'dist/adapters/discord/main.js');

export interface SpawnedBot {
  child: ChildProcess;
  stderr(): string;
  /** The parsed JSON log lines so far. */
  logs(): Array<Record<string, any>>;
  /** stderr lines that are not JSON logs (what a person reads). */
  plainLines(): string[];
  /** Resolves with the exit code (null when killed by a signal) and how long after `since` it came. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Waits until a log line with this `msg` has been written. */
  waitForLog(msg: string, timeout?: number): Promise<void>;
}

/** Starts the bot with only these DISCORD_* settings (plus LOG_LEVEL), from a folder without .env. */
export function spawnBot(settings: Record<string, string>, options: { viaNpm?: boolean; cwd?: string } = {}): SpawnedBot {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCORD_') && !name.startsWith('npm_'))), LOG_LEVEL: 'info', QA_LOG_FILE: 'off', ...settings };
  const child = options.viaNpm
    ? spawn('npm', ['run', '--silent', 'discord'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [MAIN], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal, at: Date.now() })),
  );
  const lines = () => stderr.split('\n').filter(Boolean);
  const logs = () => lines().flatMap((l) => (l.startsWith('{') ? [JSON.parse(l) as Record<string, any>] : []));
  return {
    child,
    stderr: () => stderr,
    logs,
    plainLines: () => lines().filter((l) => !l.startsWith('{')),
    exited,
    async waitForLog(msg, timeout = 15_000) {
      let gone = false;
      void exited.then(() => (gone = true));
      await expect.poll(() => logs().some((l) => l.msg === msg) || gone, { timeout, interval: 50 }).toBe(true);
      if (!logs().some((l) => l.msg === msg)) throw new Error(`the bot exited before logging "${msg}":\n${stderr}`);
    },
  };
}

/** True while any process of process group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
