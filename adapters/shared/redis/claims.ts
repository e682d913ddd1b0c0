/**
 * Delivery claims in Redis: `SET key 1 NX PX ttl` for every key of a delivery, in one script so
 * that exactly one instance wins a delivery even when two get it at the same moment. When Redis
 * is away the in-process claims stand in (a retry reaching the same instance is still caught).
 */
import type { DeliveryClaims } from '../dedupe.js';
import type { RedisLink } from './link.js';

/** Claims every key; returns 1 when none was claimed before, 0 for a duplicate. */
const CLAIM = `
local fresh = 1
for _, key in ipairs(KEYS) do
  if not redis.call('SET', key, '1', 'NX', 'PX', ARGV[1]) then fresh = 0 end
end
return fresh
`;

export interface RedisClaimsOptions {
  /** How long a claim is remembered. Default one hour (Slack retries within about 5 minutes). */
  ttlMs?: number;
  /** Claims while Redis is unreachable (this process only). */
  fallback: DeliveryClaims;
}

export function createRedisClaims(link: RedisLink, options: RedisClaimsOptions): DeliveryClaims {
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const { fallback } = options;
  const claim = async (...keys: readonly (string | undefined)[]) => {
    const present = keys.filter((k): k is string => typeof k === 'string' && k.length > 0);
    if (present.length === 0) return { first: true, shared: true };
    // The local record is kept too, so that during an outage this process still knows what it answered.
    const local = await fallback.firstTime(...present);
    let shared = true;
    const inRedis = await link.attempt(
      async (redis) => (await redis.eval(CLAIM, present.length, ...present.map((k) => `${link.prefix}claim:${k}`), ttlMs)) === 1,
      () => {
        shared = false;
        return local;
      },
    );
    // Seen here during an outage (so not in Redis) is still a duplicate once Redis is back.
    return { first: local && inRedis, shared };
  };
  return {
    claim,
    async firstTime(...keys) {
      return (await claim(...keys)).first;
    },
  };
}
