/**
 * Per-user rate limits in Redis, so a user is counted once across every bot instance: the same
 * sliding window as the in-process RateLimiter (a sorted set of the allowed attempts' times),
 * in one script so that concurrent attempts cannot both take the last place. When Redis is away
 * the in-process limiter stands in.
 */
import type { Limiter, RateDecision } from '../rate-limit.js';
import type { RedisLink } from './link.js';

/**
 * KEYS[1] the allowed attempts (sorted by time), KEYS[2] "refused since the last allowed one".
 * ARGV: now, windowMs, limit, a unique member. Returns {allowed, retryAfterMs, firstRefusal}.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local first = redis.call('SET', KEYS[2], '1', 'NX', 'PX', window)
return {0, tonumber(oldest[2]) + window - now, first and 1 or 0}
`;

export interface RedisLimiterOptions {
  /** What the limit is called in the keys (`slack`, `discord`): one budget per platform. */
  name: string;
  now?: () => number;
  /** Counts while Redis is unreachable (this process only); its limit and window are used. */
  fallback: Limiter;
}

export function createRedisLimiter(link: RedisLink, options: RedisLimiterOptions): Limiter {
  const { fallback } = options;
  const now = options.now ?? Date.now;
  let sequence = 0;
  return {
    limit: fallback.limit,
    windowMs: fallback.windowMs,
    take(key) {
      const base = `${link.prefix}rate:${options.name}:${key}`;
      return link.attempt<RateDecision>(
        async (redis) => {
          const at = now();
          const member = `${at}-${process.pid}-${sequence++}-${Math.random().toString(36).slice(2, 8)}`;
          const [allowed, retryAfterMs, first] = (await redis.eval(TAKE, 2, base, `${base}:refused`, at, fallback.windowMs, fallback.limit, member)) as number[];
          return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs: Math.max(0, Number(retryAfterMs)), firstRefusal: first === 1 };
        },
        () => fallback.take(key),
      );
    },
  };
}
