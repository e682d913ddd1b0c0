/**
 * The Redis state against a real redis-server: two "instances" (two connections, as two
 * processes would have) share conversations, claims and rate limits; the bounds hold; an outage
 * falls back to memory with one log line, and Redis is used again once it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../adapters/shared/env.js';
import { createSharedState, stateSettings, type SharedState } from '../../../adapters/shared/state.js';
import type { ConversationTurn } from '../../../src/index.js';
import { capturingLogger } from '../slack/harness.js';
import { HAVE_REDIS, eventually, startRedis, type TestRedis } from './redis-server.js';

const bounds = { maxConversations: 3, maxTurns: 2, idleMs: 60_000 };
let redis: TestRedis;
const opened: SharedState[] = [];

async function instance(options: { prefix?: string; idleMs?: number; url?: string } = {}) {
  const { logger, lines } = capturingLogger();
  const state = await createSharedState({
    settings: { redisUrl: options.url ?? redis.url, prefix: options.prefix ?? 'test:' },
    bounds: { ...bounds, ...(options.idleMs ? { idleMs: options.idleMs } : {}) },
    logger,
  });
  opened.push(state);
  await eventually(() => state.status().kind === 'redis' && (state.status() as { connected: boolean }).connected, 5000, 'the Redis connection');
  return { state, lines };
}

let n = 0;
function turn(question: string): ConversationTurn {
  return {
    id: `t${n++}`,
    question,
    resolved: question,
    answer: { question, answered: true, answer: 'x', passage: 'x.', paragraph: 1, article: 'A', articleId: 'a.txt', confidence: 0.9, confidenceLabel: 'high' },
    at: Date.now(),
  };
}

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await redis?.stop();
});

describe('settings', () => {
  it('memory unless REDIS_URL is set; a malformed URL is refused without echoing it', () => {
    expect(stateSettings({})).toEqual({ prefix: 'article-qa:' });
    expect(stateSettings({ REDIS_URL: 'redis://localhost:6379', REDIS_KEY_PREFIX: 'bot1:' })).toEqual({ redisUrl: 'redis://localhost:6379', prefix: 'bot1:' });
    for (const bad of ['localhost:6379', 'http://u:hunter2@host', 'redis://']) {
      expect(() => stateSettings({ REDIS_URL: bad })).toThrow(ConfigError);
      try {
        stateSettings({ REDIS_URL: bad });
      } catch (error) {
        expect(String((error as Error).message)).not.toContain('hunter2');
        expect(String((error as Error).message)).toContain('REDIS_URL');
      }
    }
  });
});

describe.skipIf(!HAVE_REDIS)('two instances on one Redis', () => {
  it('share conversations, with the same bounds as memory (turns per conversation, conversations)', async () => {
    const [a, b] = [await instance({ prefix: 'conv:' }), await instance({ prefix: 'conv:' })];
    await a.state.store.append('c1', turn('first'));
    await b.state.store.append('c1', turn('second'));
    await a.state.store.append('c1', turn('third'));
    expect((await b.state.store.recent('c1')).map((t) => t.question)).toEqual(['second', 'third']);
    for (const id of ['c2', 'c3', 'c4']) await b.state.store.append(id, turn(id));
    expect(await a.state.store.recent('c1')).toEqual([]); // least recently active of four, with at most three kept
    expect((await a.state.store.recent('c4')).map((t) => t.question)).toEqual(['c4']);
    await a.state.store.forget('c4');
    expect(await b.state.store.recent('c4')).toEqual([]);
  });

  it('forget a conversation after the idle time', async () => {
    const { state } = await instance({ prefix: 'idle:', idleMs: 300 });
    await state.store.append('c', turn('q'));
    expect(await state.store.recent('c')).toHaveLength(1);
    await eventually(async () => (await state.store.recent('c')).length === 0, 3000, 'expiry');
  });

  it('claim a delivery exactly once, even when both try at the same moment', async () => {
    const [a, b] = [await instance(), await instance()];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).state.claims.firstTime('event:Ev1')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.state.claims.firstTime('event:Ev2', 'message:C:1')).toBe(true);
    expect(await b.state.claims.firstTime('event:Ev3', 'message:C:1')).toBe(false); // same message, another event id
  });

  it('count a user once across both (a sliding window), refusing past the limit', async () => {
    const [a, b] = [await instance(), await instance()];
    const limit = { limit: 3, windowMs: 60_000 };
    const [la, lb] = [a.state.limiter('slack', limit), b.state.limiter('slack', limit)];
    expect(await la.take('U1')).toEqual({ allowed: true });
    expect(await lb.take('U1')).toEqual({ allowed: true });
    expect(await la.take('U1')).toEqual({ allowed: true });
    const refused = await lb.take('U1');
    expect(refused).toMatchObject({ allowed: false, firstRefusal: true });
    expect(refused.allowed === false && refused.retryAfterMs).toBeGreaterThan(50_000);
    expect(await la.take('U1')).toMatchObject({ allowed: false, firstRefusal: false });
    expect(await la.take('U2')).toEqual({ allowed: true }); // another user
    expect(await a.state.limiter('discord', limit).take('U1')).toEqual({ allowed: true }); // another platform
  });
});

describe.skipIf(!HAVE_REDIS)('Redis going away', () => {
  it('falls back to memory with one log line per outage, no password in the log, and shares again once back', async () => {
    const secured = await startRedis({ password: 'pa55-w0rd-secret' });
    try {
      const url = `redis://:pa55-w0rd-secret@127.0.0.1:${secured.port}`;
      const [a, b] = [await instance({ url, prefix: 'out:' }), await instance({ url, prefix: 'out:' })];
      await a.state.store.append('c', turn('before'));
      await secured.kill();
      // Every operation still answers, from this process's memory.
      for (let i = 0; i < 5; i++) {
        await a.state.store.append('c', turn(`during ${i}`));
        expect(await a.state.claims.firstTime(`event:down${i}`)).toBe(true);
        expect(await a.state.claims.firstTime(`event:down${i}`)).toBe(false);
        expect((await a.state.limiter('slack', { limit: 100, windowMs: 1000 }).take('U')).allowed).toBe(true);
      }
      expect((await a.state.store.recent('c')).map((t) => t.question)).toContain('during 4');
      expect(a.state.status()).toMatchObject({ kind: 'redis', connected: false });
      const outages = a.lines.filter((l) => l.includes('Redis unavailable'));
      expect(outages).toHaveLength(1);

      await secured.restart();
      await eventually(() => (a.state.status() as { connected: boolean }).connected && (b.state.status() as { connected: boolean }).connected, 8000, 'reconnection');
      expect(a.lines.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
      await a.state.store.append('c2', turn('after'));
      expect((await b.state.store.recent('c2')).map((t) => t.question)).toEqual(['after']);
      // Seen during the outage: still a duplicate for this instance once Redis is back.
      expect(await a.state.claims.firstTime('event:down0')).toBe(false);
      const all = [...a.lines, ...b.lines].join('\n');
      expect(all).not.toContain('pa55-w0rd-secret');
      expect(all).toContain(`redis://127.0.0.1:${secured.port}`);
    } finally {
      await secured.stop();
    }
  });

  it('answers from memory when Redis hangs (commands time out), and goes back to it when it answers again', async () => {
    const [a, b] = [await instance({ prefix: 'hang:' }), await instance({ prefix: 'hang:' })];
    await a.state.store.append('c', turn('shared'));
    redis.pause();
    try {
      // Each call gives up on Redis after its command timeout and answers from memory.
      expect(await b.state.store.recent('c')).toEqual([]);
      expect(await b.state.claims.firstTime('event:hang1')).toBe(true);
      expect((await b.state.limiter('slack', { limit: 5, windowMs: 1000 }).take('U')).allowed).toBe(true);
      expect(b.state.status()).toMatchObject({ connected: false });
      expect(b.lines.filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);
    } finally {
      redis.resume();
    }
    await eventually(async () => (await b.state.store.recent('c')).length === 1, 8000, 'Redis answering again');
    expect(b.state.status()).toMatchObject({ connected: true });
    expect(b.lines.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
  });

  it('starts and answers when Redis is unreachable from the start', async () => {
    const { logger, lines } = capturingLogger();
    const state = await createSharedState({ settings: { redisUrl: 'redis://127.0.0.1:1', prefix: 'x:' }, bounds, logger });
    opened.push(state);
    await state.store.append('c', turn('q'));
    expect(await state.store.recent('c')).toHaveLength(1);
    expect(await state.claims.firstTime('k')).toBe(true);
    await eventually(() => lines.some((l) => l.includes('Redis unavailable')), 3000, 'the outage line');
    expect(lines.filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);
    await state.close();
  });
});
