/**
 * The questions log never holds up answering (issue 20, finding 2): a lock path that is a
 * directory, a dangling symlink or a symlink loop is reported once and the lines are dropped
 * (before: an endless loop at 100% CPU); a lock dated in the future is stale (before: every line
 * blocked the event loop 5 s); a live holder makes lines wait in a queue, not on the event loop.
 * The broken paths run in a child process with a deadline: an endless synchronous loop cannot be
 * interrupted inside the test worker.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QaLog } from '../../../adapters/shared/qa-log.js';
import type { Answer } from '../../../src/types.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'dist/adapters/shared/qa-log.js');

const abstention = (question: string): Answer =>
  ({ question, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'r' }) as unknown as Answer;

/** Three lines from a child process: its errors, the slowest write in ms, and how it ended. */
const WRITER = `
import { QaLog } from ${JSON.stringify(BUILT)};
const errors = [];
const log = new QaLog({ file: process.argv[2], salt: 's', onError: (e) => errors.push(e.code ?? e.message) });
let slowest = 0;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  log.answer('test', { question: 'q' + i, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'r' });
  slowest = Math.max(slowest, performance.now() - t);
}
console.log(JSON.stringify({ errors, slowest }));
`;

function runWriter(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'qa-lock-writer-'));
  const script = join(dir, 'writer.mjs');
  writeFileSync(script, WRITER);
  const run = spawnSync(process.execPath, [script, file], { timeout: 8000, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status, out: run.status === 0 ? (JSON.parse(run.stdout) as { errors: string[]; slowest: number }) : undefined };
}

describe('the questions log lock on a broken path', () => {
  const broken: Array<[string, (lock: string, dir: string) => void]> = [
    ['a directory', (lock) => mkdirSync(lock)],
    ['a dangling symlink', (lock, dir) => symlinkSync(join(dir, 'nowhere'), lock)],
    ['a symlink loop', (lock, dir) => {
      symlinkSync(join(dir, 'b'), lock);
      symlinkSync(lock, join(dir, 'b'));
    }],
  ];
  it.each(broken)('%s: reported once, the lines dropped, no wait', (_, make) => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-lock-'));
    const file = join(dir, 'qa.log');
    make(`${file}.lock`, dir);
    const { status, out } = runWriter(file);
    expect(status).toBe(0); // before: killed at the deadline, still looping
    expect(out!.errors).toEqual(['LOCK_NOT_FILE']);
    expect(out!.slowest).toBeLessThan(50);
    expect(existsSync(file)).toBe(false);
  });
});

describe('the questions log lock held or left behind', () => {
  it('a lock dated in the future is stale: the line is written at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-lock-'));
    const file = join(dir, 'qa.log');
    writeFileSync(`${file}.lock`, '');
    const future = new Date(Date.now() + 3600_000);
    utimesSync(`${file}.lock`, future, future);
    const errors: unknown[] = [];
    const log = new QaLog({ file, salt: 's', onError: (e) => errors.push(e) });
    const t = performance.now();
    log.answer('test', abstention('who is Lavrov?'));
    expect(performance.now() - t).toBeLessThan(50);
    expect(errors).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('who is Lavrov?');
  });

  it('a live holder: the line waits in a queue, not on the event loop, and is written once the lock is free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-lock-'));
    const file = join(dir, 'qa.log');
    writeFileSync(`${file}.lock`, ''); // fresh: another process is writing
    const errors: unknown[] = [];
    const log = new QaLog({ file, salt: 's', onError: (e) => errors.push(e) });
    const t = performance.now();
    log.answer('test', abstention('first?'));
    log.answer('test', abstention('second?'));
    expect(performance.now() - t).toBeLessThan(100);
    expect(log.queued).toBe(2);
    rmSync(`${file}.lock`);
    await expect.poll(() => log.queued, { timeout: 2000 }).toBe(0);
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).question)).toEqual(['first?', 'second?']);
    expect(errors).toEqual([]);
  });
});
