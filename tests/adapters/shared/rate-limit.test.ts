import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('RateLimiter', () => {
  it('allows `limit` attempts per window, then refuses with the wait until the oldest ages out', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i++) {
      expect(limiter.take('alice')).toEqual({ allowed: true });
      c.advance(1000);
    }
    // 5 s after the first attempt: the sixth is refused until the first is 10 s old.
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 5000, firstRefusal: true });
    expect(limiter.take('alice')).toMatchObject({ allowed: false, firstRefusal: false });
  });

  it('keeps users apart', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 10_000, now: c.now });
    expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice').allowed).toBe(false);
    expect(limiter.take('bob').allowed).toBe(true);
  });

  it('slides: an attempt is allowed again exactly when the oldest allowed one leaves the window', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 10_000, now: c.now });
    limiter.take('a');
    c.advance(4000);
    limiter.take('a');
    c.advance(5999);
    expect(limiter.take('a').allowed).toBe(false);
    c.advance(1); // the first attempt is now 10 s old
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false); // the second (at 4 s) is still inside
  });

  it('does not count refused attempts, and a refusal after an allowed attempt is "first" again', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: c.now });
    limiter.take('a');
    for (let i = 0; i < 50; i++) limiter.take('a');
    c.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it('forgets idle users so memory stays bounded', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, now: c.now });
    for (let i = 0; i < 100; i++) limiter.take(`user${i}`);
    expect(limiter.size).toBe(100);
    c.advance(1001);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('rejects nonsensical settings', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 1.5, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
