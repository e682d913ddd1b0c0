/** The in-memory conversation store: its bounds and its idle expiry, with an injected clock. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type ConversationTurn } from '../../../src/conversation/store.js';

const turn = (id: string, at = 0): ConversationTurn => ({
  id,
  question: `question ${id}`,
  resolved: `question ${id}`,
  answer: { question: `question ${id}`, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low' },
  at,
});

describe('createMemoryStore', () => {
  it('keeps at most maxTurns turns per conversation, oldest dropped first', async () => {
    const store = createMemoryStore({ maxTurns: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await store.append('c1', turn(id));
    expect((await store.recent('c1')).map((t) => t.id)).toEqual(['c', 'd', 'e']);
  });

  it('keeps at most maxConversations conversations, dropping the least recently active', async () => {
    const store = createMemoryStore({ maxConversations: 2, now: () => 0 });
    await store.append('one', turn('1'));
    await store.append('two', turn('2'));
    await store.append('one', turn('3')); // "one" is now the most recent
    await store.append('three', turn('4'));
    expect(store.size).toBe(2);
    expect(await store.recent('two')).toEqual([]);
    expect((await store.recent('one')).map((t) => t.id)).toEqual(['1', '3']);
    expect((await store.recent('three')).map((t) => t.id)).toEqual(['4']);
  });

  it('forgets a conversation idle for idleMs, and only that one', async () => {
    let clock = 0;
    const store = createMemoryStore({ idleMs: 60_000, now: () => clock });
    await store.append('old', turn('1'));
    clock = 30_000;
    await store.append('fresh', turn('2'));
    clock = 59_999;
    expect(await store.recent('old')).toHaveLength(1);
    clock = 60_000;
    expect(await store.recent('old')).toEqual([]);
    expect(await store.recent('fresh')).toHaveLength(1);
    expect(store.size).toBe(1);
    clock = 90_000;
    expect(await store.recent('fresh')).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('a new turn restarts the idle clock', async () => {
    let clock = 0;
    const store = createMemoryStore({ idleMs: 1000, now: () => clock });
    await store.append('c', turn('1'));
    clock = 900;
    await store.append('c', turn('2'));
    clock = 1800;
    expect((await store.recent('c')).map((t) => t.id)).toEqual(['1', '2']);
  });

  it('stays bounded under many conversations', async () => {
    let clock = 0;
    const store = createMemoryStore({ maxConversations: 50, maxTurns: 2, idleMs: 10_000, now: () => clock });
    for (let i = 0; i < 5000; i++) {
      clock += 1;
      await store.append(`c${i % 700}`, turn(String(i), clock));
    }
    expect(store.size).toBe(50);
    for (let i = 4950; i < 5000; i++) expect((await store.recent(`c${i % 700}`)).length).toBeLessThanOrEqual(2);
  });

  it('returns copies, and forget() drops a conversation', async () => {
    const store = createMemoryStore({ now: () => 0 });
    await store.append('c', turn('1'));
    const seen = (await store.recent('c')) as ConversationTurn[];
    seen.push(turn('x'));
    expect(await store.recent('c')).toHaveLength(1);
    await store.forget('c');
    expect(await store.recent('c')).toEqual([]);
  });

  it('rejects bounds that make no sense', () => {
    expect(() => createMemoryStore({ maxTurns: 0, now: () => 0 })).toThrow(RangeError);
    expect(() => createMemoryStore({ maxConversations: 1.5, now: () => 0 })).toThrow(RangeError);
    expect(() => createMemoryStore({ idleMs: 0, now: () => 0 })).toThrow(RangeError);
  });
});
