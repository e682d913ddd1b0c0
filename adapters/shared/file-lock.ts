/**
 * A small cross-process lock for a file's writers, held for microseconds: an exclusive-create
 * lock file next to it (`O_CREAT|O_EXCL`, atomic on local file systems). Synchronous on purpose:
 * the questions log writes one line at a time from the event loop, and waiting here is rare and short.
 * A lock left by a process that died while holding it is taken over once older than `staleMs`.
 */
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';

export interface LockOptions {
  /** Give up (throw) after waiting this long. Default 5 s. */
  timeoutMs?: number;
  /** A lock file older than this is a dead holder's. Default 2 s (a holder needs microseconds). */
  staleMs?: number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/** Runs `fn` while holding the lock `lockFile`; the lock is released even when `fn` throws. */
export function withFileLock<T>(lockFile: string, fn: () => T, options: LockOptions = {}): T {
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 2000;
  const deadline = Date.now() + timeoutMs;
  for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
    try {
      closeSync(openSync(lockFile, 'wx', 0o600));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(lockFile).mtimeMs > staleMs) {
        unlinkSync(lockFile);
        continue;
      }
    } catch {
      continue; // released meanwhile
    }
    if (Date.now() > deadline) {
      throw Object.assign(new Error(`file lock ${lockFile} still held after ${timeoutMs} ms: is another process stuck writing? Remove the file if not`), { code: 'LOCK_TIMEOUT' });
    }
    sleepSync(wait);
  }
  try {
    return fn();
  } finally {
    try {
      unlinkSync(lockFile);
    } catch {
      // already gone (taken over as stale): nothing to release
    }
  }
}
