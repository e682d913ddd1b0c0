/**
 * A small cross-process lock for a file's writers, held for microseconds: an exclusive-create
 * lock file next to it (`O_CREAT|O_EXCL`, atomic on local file systems). Synchronous on purpose:
 * the questions log writes one line at a time from the event loop, so every wait here is bounded
 * (callers pass a few milliseconds and queue the line when the lock stays busy).
 * A lock left by a process that died while holding it is taken over once older than `staleMs`,
 * or at once when it is dated in the future (a clock set back, a copied file: it would never age).
 * A lock path that is not a regular file (a directory, a dangling symlink, a symlink loop) can
 * never be taken: that is an error at once, never a wait.
 */
import { closeSync, lstatSync, openSync, unlinkSync, type Stats } from 'node:fs';

export interface LockOptions {
  /** Give up (throw LOCK_TIMEOUT) after waiting this long. Default 5 s. */
  timeoutMs?: number;
  /** A lock file older than this is a dead holder's. Default 2 s (a holder needs microseconds). */
  staleMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** Why a lock could not be taken: still held at the deadline, or the lock path is not a regular file. */
export class FileLockError extends Error {
  readonly code: 'LOCK_TIMEOUT' | 'LOCK_NOT_FILE';
  constructor(code: FileLockError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileLockError';
    this.code = code;
  }
}

/** A lock dated more than this ahead of our clock is stale (file times are coarse, never this far ahead). */
const FUTURE_TOLERANCE_MS = 1000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => ms > 0 && Atomics.wait(pause, 0, 0, ms);

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The lock file's stats, or undefined when it is gone (released meanwhile). Never follows a symlink. */
function statLock(lockFile: string): Stats | undefined {
  try {
    return lstatSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Runs `fn` while holding the lock `lockFile`; the lock is released even when `fn` throws. */
export function withFileLock<T>(lockFile: string, fn: () => T, options: LockOptions = {}): T {
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 2000;
  const now = options.now ?? Date.now;
  const deadline = now() + timeoutMs;
  for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
    try {
      closeSync(openSync(lockFile, 'wx', 0o600));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stats = statLock(lockFile);
    if (stats && !stats.isFile()) {
      throw new FileLockError('LOCK_NOT_FILE', `lock file ${lockFile} is ${kindOf(stats)}, so it can never be taken: remove it`);
    }
    const age = stats ? now() - stats.mtimeMs : 0;
    if (stats && (age > staleMs || age < -FUTURE_TOLERANCE_MS)) {
      try {
        unlinkSync(lockFile);
      } catch {
        // taken over by another writer meanwhile
      }
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new FileLockError('LOCK_TIMEOUT', `file lock ${lockFile} still held after ${timeoutMs} ms: is another process stuck writing? Remove the file if not`);
    }
    // Released or taken over: try again at once; otherwise wait a little (never past the deadline).
    if (stats && !(age > staleMs || age < -FUTURE_TOLERANCE_MS)) sleepSync(Math.min(wait, left));
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
