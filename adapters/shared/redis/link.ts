/**
 * The one Redis connection an adapter shares between its conversations, delivery claims and rate
 * limits, and what happens when Redis is away: every operation has an in-process fallback, so the
 * bot keeps answering (without shared state), logs one line per outage, and goes back to Redis as
 * soon as it is reachable again. Nothing here ever throws at the caller or exits the process.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

export interface RedisLinkOptions {
  /** `redis://[user:password@]host[:port][/db]` or `rediss://…` (TLS). */
  url: string;
  logger: Logger;
  /** Prefix of every key this bot writes (several bots can share one Redis). */
  prefix: string;
  /** How long one command may take before the fallback answers instead. Default 1,000 ms. */
  commandTimeoutMs?: number;
  /** After a failed command, Redis is skipped for this long unless it reconnects first. Default 2,000 ms. */
  pauseMs?: number;
}

export interface RedisLink {
  readonly client: Redis;
  readonly prefix: string;
  /** True while connected and the last command did not fail. */
  readonly connected: boolean;
  /** Where Redis is, for logs and /healthz: host, port and db, never the user or password. */
  readonly target: string;
  /**
   * Runs `op` against Redis; when Redis is not connected, or `op` fails or times out, runs
   * `fallback` instead (logging the outage once). `op` is never retried: a claim whose reply was
   * lost must not be claimed a second time.
   */
  attempt<T>(op: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T>;
  /** Disconnects and stops reconnecting (shutdown). */
  close(): Promise<void>;
}

/** The URL without credentials: `redis://host:port/db`. */
export function redisTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return 'redis (unparsable URL)';
  }
}

/** An error's message with any password from the URL taken out (ioredis does not echo it, but be sure). */
function safeMessage(error: unknown, url: string): string {
  let message = error instanceof Error ? error.message : String(error);
  try {
    const { password, username } = new URL(url);
    for (const secret of [password, username && decodeURIComponent(username), password && decodeURIComponent(password)]) {
      if (secret) message = message.split(secret).join('****');
    }
  } catch {
    // an unparsable URL was refused by the settings already
  }
  return message;
}

/** Connects in the background (never blocking start-up) and returns the link. */
export function createRedisLink(options: RedisLinkOptions): RedisLink {
  const { url, logger, prefix } = options;
  const pauseMs = options.pauseMs ?? 2000;
  const target = redisTarget(url);
  const client = new Redis(url, {
    lazyConnect: false,
    // Fail fast instead of queueing: a question must not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    // Shutdown must not wait for a half-open socket (the default is 2 s).
    disconnectTimeout: 100,
    // Reconnect for ever, at most every 2 s: the fallbacks answer in the meantime.
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });

  let everConnected = false;
  let down = false;
  let pausedUntil = 0;
  let closing = false;

  const outage = (reason: unknown): void => {
    pausedUntil = Date.now() + pauseMs;
    if (down || closing) return;
    down = true;
    logger.warn({ redis: target, reason: safeMessage(reason, url) }, 'Redis unavailable: answering without shared state (conversations, claims and rate limits stay in this process) until it is back');
  };

  client.on('ready', () => {
    pausedUntil = 0;
    if (down) logger.info({ redis: target }, 'Redis is back: conversations, claims and rate limits are shared again');
    else if (!everConnected) logger.info({ redis: target }, 'connected to Redis: conversations, claims and rate limits are shared');
    everConnected = true;
    down = false;
  });
  // Without an 'error' listener ioredis prints every failed reconnect; one line per outage is enough.
  client.on('error', (error: unknown) => outage(error));
  client.on('close', () => {
    if (everConnected) outage(new Error('connection closed'));
  });

  return {
    client,
    prefix,
    target,
    get connected() {
      return client.status === 'ready' && !down;
    },
    async attempt(op, fallback) {
      if (closing || client.status !== 'ready' || Date.now() < pausedUntil) {
        // Before the first connection the 'error' event reports a failure; a question asked while
        // the first connection is still being made is not an outage.
        if (!closing && client.status !== 'ready' && everConnected) outage(new Error(`not connected (${client.status})`));
        return fallback();
      }
      try {
        const result = await op(client);
        if (down) {
          down = false;
          logger.info({ redis: target }, 'Redis is back: conversations, claims and rate limits are shared again');
        }
        return result;
      } catch (error) {
        outage(error);
        return fallback();
      }
    },
    async close() {
      if (closing) return;
      closing = true;
      try {
        if (client.status === 'ready') await client.quit();
        else client.disconnect();
      } catch {
        client.disconnect();
      }
    },
  };
}
