/**
 * Where an adapter keeps the state that several instances of the bot must share: conversations,
 * delivery claims and per-user rate limits. In this process's memory by default (nothing to set
 * up); in Redis when `REDIS_URL` is set, with this process's memory standing in while Redis is
 * unreachable.
 */
import { createMemoryStore, type ConversationStore } from '../../src/index.js';
import { Dedupe, type DeliveryClaims } from './dedupe.js';
import { ConfigError } from './env.js';
import type { Logger } from './logger.js';
import { RateLimiter, type Limiter } from './rate-limit.js';
import type { SessionSettings } from './session.js';

export interface StateSettings {
  /** `REDIS_URL`; unset means memory only. */
  redisUrl?: string;
  /** `REDIS_KEY_PREFIX`: the start of every key (default `article-qa:`), so bots can share a Redis. */
  prefix: string;
}

/** Reads `REDIS_URL` and `REDIS_KEY_PREFIX`; a malformed URL is a ConfigError that does not echo it (it may hold a password). */
export function stateSettings(env: NodeJS.ProcessEnv = process.env): StateSettings {
  const raw = env.REDIS_URL?.trim();
  const prefix = env.REDIS_KEY_PREFIX?.trim() || 'article-qa:';
  if (!raw) return { prefix };
  let ok = false;
  try {
    const u = new URL(raw);
    ok = (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigError('invalid setting: REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379 (see .env.example)');
  return { redisUrl: raw, prefix };
}

/** What /healthz says about the shared state. */
export type StateStatus = { kind: 'memory' } | { kind: 'redis'; target: string; connected: boolean };

export interface SharedState {
  readonly store: ConversationStore;
  readonly claims: DeliveryClaims;
  /** A per-user limiter; `name` keeps platforms apart (`slack`, `discord`). */
  limiter(name: string, options: { limit: number; windowMs: number }): Limiter;
  status(): StateStatus;
  /** The Redis link when `REDIS_URL` is set (the article store shares it). */
  readonly redis?: import('./redis/link.js').RedisLink;
  /** Closes the Redis connection (no-op in memory). */
  close(): Promise<void>;
}

export interface SharedStateOptions {
  settings: StateSettings;
  bounds: SessionSettings['conversations'];
  logger: Logger;
  now?: () => number;
}

/** Builds the state for these settings; never fails because Redis is unreachable (it connects in the background). */
export async function createSharedState(options: SharedStateOptions): Promise<SharedState> {
  const now = options.now ?? Date.now;
  const memoryStore = createMemoryStore({ ...options.bounds, now });
  const memoryClaims = new Dedupe({ now });
  const memoryLimiter = (limit: { limit: number; windowMs: number }) => new RateLimiter({ ...limit, now });
  const url = options.settings.redisUrl;
  if (!url) {
    return {
      store: memoryStore,
      claims: memoryClaims,
      limiter: (_name, limit) => memoryLimiter(limit),
      status: () => ({ kind: 'memory' }),
      close: async () => {},
    };
  }
  // ioredis loads only when Redis is configured.
  const [{ createRedisLink }, { createRedisStore }, { createRedisClaims }, { createRedisLimiter }] = await Promise.all([
    import('./redis/link.js'),
    import('./redis/store.js'),
    import('./redis/claims.js'),
    import('./redis/rate-limit.js'),
  ]);
  const link = createRedisLink({ url, logger: options.logger, prefix: options.settings.prefix });
  return {
    store: createRedisStore(link, { ...options.bounds, now, fallback: memoryStore }),
    claims: createRedisClaims(link, { fallback: memoryClaims }),
    limiter: (name, limit) => createRedisLimiter(link, { name, now, fallback: memoryLimiter(limit) }),
    status: () => ({ kind: 'redis', target: link.target, connected: link.connected }),
    redis: link,
    close: () => link.close(),
  };
}
