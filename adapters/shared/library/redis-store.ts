/**
 * Added articles and channel choices in Redis, shared by every instance: two hashes
 * (`<prefix>articles`: id → record JSON, `<prefix>article-choices`: scope → ids JSON) and a
 * pub/sub channel (`<prefix>articles:changed`) on which each change is announced, so another
 * instance reloads within a second. Unlike conversations there is no in-memory stand-in: while
 * Redis is away, adding fails with one line and the articles already loaded keep answering.
 */
import type { Redis } from 'ioredis';
import type { RedisLink } from '../redis/link.js';
import { ArticleRefusal } from '../sources/refusal.js';
import { parseRecord } from './record.js';
import type { ArticleStore } from './store.js';

export function createRedisArticleStore(link: RedisLink): ArticleStore {
  const articlesKey = `${link.prefix}articles`;
  const choicesKey = `${link.prefix}article-choices`;
  const channel = `${link.prefix}articles:changed`;
  const listeners: Array<() => void> = [];
  // A subscribed connection can do nothing else: it gets its own (a duplicate of the link's).
  let subscriber: Redis | undefined;
  const unavailable = (): never => {
    throw new ArticleRefusal('the shared article store (Redis) is unreachable; try again shortly');
  };
  const announce = (client: Redis): Promise<number> => client.publish(channel, String(process.pid));
  return {
    kind: 'redis',
    async all() {
      const raw = await link.attempt((c) => c.hgetall(articlesKey), () => undefined);
      if (!raw) return unavailable();
      return Object.keys(raw).sort().flatMap((id) => {
        const record = parseRecord(raw[id]!);
        return record ? [record] : [];
      });
    },
    async put(record) {
      const ok = await link.attempt(async (c) => {
        await c.hset(articlesKey, record.id, JSON.stringify(record));
        await announce(c);
        return true;
      }, () => false);
      if (!ok) unavailable();
    },
    async remove(id) {
      const removed = await link.attempt(async (c) => {
        const n = await c.hdel(articlesKey, id);
        await announce(c);
        return n > 0;
      }, () => undefined);
      return removed ?? unavailable();
    },
    async choices() {
      const raw = await link.attempt((c) => c.hgetall(choicesKey), () => undefined);
      if (!raw) return unavailable();
      const out: Record<string, string[]> = {};
      for (const [scope, json] of Object.entries(raw)) {
        try {
          const ids = JSON.parse(json) as unknown;
          if (Array.isArray(ids)) out[scope] = ids.filter((x): x is string => typeof x === 'string');
        } catch {
          // another program's value: ignored
        }
      }
      return out;
    },
    async choose(scope, ids) {
      const ok = await link.attempt(async (c) => {
        if (ids.length === 0) await c.hdel(choicesKey, scope);
        else await c.hset(choicesKey, scope, JSON.stringify(ids));
        await announce(c);
        return true;
      }, () => false);
      if (!ok) unavailable();
    },
    onChange(listener) {
      listeners.push(listener);
      if (subscriber) return;
      subscriber = link.client.duplicate({ enableOfflineQueue: true, lazyConnect: false });
      subscriber.on('error', () => undefined); // the link logs outages; this one reconnects by itself
      subscriber.on('message', () => {
        for (const l of listeners) l();
      });
      // After a reconnect the subscription is renewed by ioredis; a change made meanwhile is caught by this reload.
      subscriber.on('ready', () => {
        for (const l of listeners) l();
      });
      void subscriber.subscribe(channel).catch(() => undefined);
    },
    async close() {
      subscriber?.disconnect();
    },
  };
}
