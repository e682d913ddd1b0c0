/**
 * Follow-ups without a mention: a reply to the bot's answer, and (DISCORD_THREADS=true) a message
 * in the thread the bot opened from its answer; every other message without a mention is ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../adapters/shared/session.js';
import { CHANNEL_ID } from './fake-discord.js';
import { mention, MINISTER, real } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

const FOLLOW_UP = 'What did he say about sanctions?';
const READ_AS = '(reading "he" as Sergey V. Lavrov)';

/** The bot's answer to message `id`: the created message's id and content. */
async function answerTo(h: Harness, id: string): Promise<{ id: string; content: string }> {
  await h.fake.replyTo(id);
  const created = h.fake.createdRepliesTo(id).at(-1)!;
  return { id: created.id, content: created.body.content };
}

/** A mention answered after `id`: proof that the bot has handled every message sent before it. */
async function barrier(h: Harness): Promise<void> {
  const id = h.fake.sendMessage({ content: mention('help'), author: newUser() });
  await h.fake.replyTo(id);
}

describe('replies to the bot', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot(real, { session: createSession({ core: real, via: 'discord' }), limit: 100 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a reply to the bot\'s answer, without a mention (and without the reply ping), is answered as a follow-up', async () => {
    const user = newUser();
    const answer = await answerTo(h, h.fake.sendMessage({ content: mention(MINISTER), author: user }));
    expect(answer.content).toContain('Lavrov');
    const followUp = h.fake.sendMessage({ content: FOLLOW_UP, author: user, replyTo: answer.id, replyPings: false });
    const reply = await answerTo(h, followUp);
    expect(reply.content).toContain(READ_AS);
  });

  it('other messages without a mention are still ignored: plain ones, and replies to someone else', async () => {
    const user = newUser();
    const other = newUser();
    const plain = h.fake.sendMessage({ content: MINISTER, author: user });
    const toSomeoneElse = h.fake.sendMessage({ content: MINISTER, author: user, replyTo: '990000000000000001', repliedAuthor: other });
    await barrier(h);
    expect(h.fake.repliesTo(plain)).toEqual([]);
    expect(h.fake.repliesTo(toSomeoneElse)).toEqual([]);
  });
});

describe('DISCORD_THREADS=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot(real, { session: createSession({ core: real, via: 'discord' }), limit: 100, threads: true });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('opens a thread from the answer to a mention; a message there without a mention is a follow-up of that conversation', async () => {
    const user = newUser();
    const answer = await answerTo(h, h.fake.sendMessage({ content: mention(MINISTER), author: user }));
    await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages/${answer.id}/threads`);
    const thread = h.fake.threads.find((t) => t.id === answer.id)!;
    expect(thread.parent_id).toBe(CHANNEL_ID);
    expect(thread.name).toBe(MINISTER);
    await barrier(h); // the thread is in the bot's cache once later events are handled
    const inThread = h.fake.sendMessage({ content: FOLLOW_UP, author: user, channel: thread.id });
    const reply = await h.fake.replyTo(inThread);
    expect(reply.path).toBe(`/api/v10/channels/${thread.id}/messages`);
    expect(reply.body.content).toContain(READ_AS);
    // One thread: none for the help (not an answer), none inside the thread.
    expect(h.fake.threads).toHaveLength(1);
  });
});
