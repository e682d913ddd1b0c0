/** The conversation layer: memory per conversation, expiry, "why" and "more" over the real core. */
import { describe, expect, it } from 'vitest';
import { createConversations } from '../../../src/conversation/conversation.js';
import { createMemoryStore } from '../../../src/conversation/store.js';
import { seedCore } from '../seed.js';
import { MAX_QUESTION_CHARS } from '../../../src/question/clean.js';

function setup(idleMs = 60_000) {
  const clock = { t: 1_000 };
  const store = createMemoryStore({ idleMs, maxTurns: 4, now: () => clock.t });
  return { clock, store, conversations: createConversations(seedCore(), { store, now: () => clock.t }) };
}

describe('createConversations', () => {
  it('keeps conversations apart: a follow-up in one does not see the other', async () => {
    const { conversations } = setup();
    await conversations.ask('discord:1', "Who is Russia's foreign minister?");
    await conversations.ask('discord:2', 'Who met Lavrov?');
    expect((await conversations.ask('discord:1', 'What did he say?')).question).toBe('What did Sergey V. Lavrov say?');
    expect((await conversations.ask('discord:2', 'When did she meet him?')).question).toBe('When did Hillary Rodham Clinton meet Sergey V. Lavrov?');
  });

  it('does not resolve a follow-up once the conversation has expired', async () => {
    const { clock, conversations } = setup(60_000);
    await conversations.ask('c', "Who is Russia's foreign minister?");
    clock.t += 60_000;
    const answer = await conversations.ask('c', 'What did he say?');
    expect(answer.question).toBe('What did he say?');
    expect(answer.readAs).toBeUndefined();
  });

  it('remembers turns by id, and the latest without one', async () => {
    const { clock, conversations } = setup();
    const first = await conversations.ask('c', 'Who met Lavrov?');
    clock.t += 10;
    const second = await conversations.ask('c', 'When did she meet him?');
    expect(first.turnId).not.toBe(second.turnId);
    expect((await conversations.turn('c', first.turnId))?.question).toBe('Who met Lavrov?');
    expect((await conversations.turn('c'))?.resolved).toBe('When did Hillary Rodham Clinton meet Sergey V. Lavrov?');
    expect((await conversations.turn('c'))?.answer.readAs).toContain('"she" as Hillary Rodham Clinton');
    expect(await conversations.turn('c', 'nope')).toBeUndefined();
    expect(await conversations.turn('elsewhere')).toBeUndefined();
  });

  it('"why" explains the standalone question, not the follow-up as typed', async () => {
    const { conversations } = setup();
    await conversations.ask('c', "Who is Russia's foreign minister?");
    const followUp = await conversations.ask('c', 'What did he say about sanctions?');
    const why = await conversations.why('c', followUp.turnId);
    expect(why).toEqual(seedCore().explain('What did Sergey V. Lavrov say about sanctions?', 3));
    expect(why!.passages.length).toBe(3);
  });

  it('"more" gives the next-best passages, never the one already quoted, then runs out', async () => {
    const { conversations } = setup();
    const a = await conversations.ask('c', 'Who met Lavrov?');
    expect(a.answered).toBe(true);
    const seen = new Set<string>([a.passage]);
    for (let rank = 1; rank <= 3; rank++) {
      const p = await conversations.more('c', a.turnId, rank);
      expect(p, `rank ${rank}`).toBeDefined();
      expect(seen.has(p!.passage)).toBe(false);
      seen.add(p!.passage);
    }
    expect(await conversations.more('c', a.turnId, 500)).toBeUndefined();
    expect(await conversations.more('c', a.turnId, 0)).toBeUndefined();
  });

  it('does not remember an empty question', async () => {
    const { conversations } = setup();
    await conversations.ask('c', 'Who met Lavrov?');
    await conversations.ask('c', '   ');
    expect((await conversations.turn('c'))?.question).toBe('Who met Lavrov?');
  });
});

describe('memory per turn', () => {
  it('stores only what the core reads of a very long question, and answers it as the core does', async () => {
    const { conversations, store } = setup();
    const long = `${'blah '.repeat(8_000)}Who is Russia's foreign minister?`; // 40,000+ characters, the question at the end
    const answer = await conversations.ask('c', long);
    expect(answer).toMatchObject(seedCore().ask(long));
    expect(answer.answer).toContain('Lavrov');
    const [turn] = await store.recent('c');
    const stored = JSON.stringify(turn);
    // The core reads at most MAX_QUESTION_CHARS cleaned characters: that is all a turn keeps.
    expect(turn!.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(turn!.resolved.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(stored.length).toBeLessThan(6_000);
    // "why" over the stored turn gives what the core gives for the whole question.
    expect((await conversations.why('c'))?.passages).toEqual(seedCore().explain(long, 3).passages);
  });
});
