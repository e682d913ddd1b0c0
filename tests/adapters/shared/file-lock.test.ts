/** The questions log's lock file: released after use (even on a throw), taken over when stale, bounded wait. */
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../../adapters/shared/file-lock.js';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'file-lock-')), 'x.log.lock');

describe('withFileLock', () => {
  it('holds the lock file while running and removes it after, also when the function throws', () => {
    const lock = lockIn();
    expect(withFileLock(lock, () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(() => withFileLock(lock, () => { throw new Error('boom'); })).toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a dead holder (older than staleMs)', () => {
    const lock = lockIn();
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withFileLock(lock, () => 'ran', { staleMs: 1000 })).toBe('ran');
  });

  it('gives up with a coded error naming the lock file when a live holder keeps it', () => {
    const lock = lockIn();
    writeFileSync(lock, '');
    expect(() => withFileLock(lock, () => 'never', { timeoutMs: 50, staleMs: 60_000 })).toThrow(expect.objectContaining({ code: 'LOCK_TIMEOUT', message: expect.stringContaining(lock) }));
  });
});
