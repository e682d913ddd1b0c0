/**
 * A reply whose outcome the client cannot know (the server created it, then answered 500, or
 * answered after the client gave up) is retried by discord.js. Each message carries a nonce with
 * `enforce_nonce: true`, so Discord (and the fake, which honours nonces the same way) creates it
 * once: the user sees one answer, never two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../adapters/discord/format.js';
import { ALREADY_ANSWERED } from '../../../adapters/discord/interactions.js';
import { core, mention, MINISTER, real } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

const REST_TIMEOUT_MS = 400;
let h: Harness;
beforeAll(async () => {
  h = await startBot(core, { restTimeoutMs: REST_TIMEOUT_MS });
});
afterAll(async () => {
  await h?.stop();
});

const isReplyTo = (id: string) => (r: { method: string; path: string; body: any }) => r.method === 'POST' && r.path.endsWith('/messages') && r.body?.message_reference?.message_id === id;

describe('idempotent replies (nonce + enforce_nonce)', () => {
  it('every message the bot creates carries a nonce with enforce_nonce: true', async () => {
    const id = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    const reply = await h.fake.replyTo(id);
    expect(reply.body.enforce_nonce).toBe(true);
    expect(typeof reply.body.nonce).toBe('string');
    expect(reply.body.nonce.length).toBeGreaterThan(0);
  });

  it('a create that commits and then answers 500 is retried with the same nonce and posted once', async () => {
    const id = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    const clear = h.fake.fault(isReplyTo(id), { status: 500 }, true);
    try {
      await expect.poll(() => h.fake.requests.filter(isReplyTo(id)).map((r) => r.status)).toEqual([500, 200]);
      const [first, retry] = h.fake.requests.filter(isReplyTo(id));
      expect(retry!.body.nonce).toBe(first!.body.nonce);
      expect(h.fake.createdRepliesTo(id).map((m) => m.body.content)).toEqual([formatAnswer(real.ask(MINISTER))]);
      await expect.poll(() => h.logs.some((l) => l.messageId === id && l.msg === 'answered')).toBe(true);
      expect(h.logs.some((l) => l.messageId === id && l.msg.startsWith('could not'))).toBe(false);
    } finally {
      clear();
    }
  });

  it('a create answered after the client timed out is retried and posted once', async () => {
    const id = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    const clear = h.fake.fault(isReplyTo(id), { delayMs: REST_TIMEOUT_MS * 3 }, true);
    try {
      await expect.poll(() => h.logs.some((l) => l.messageId === id && l.msg === 'answered'), { timeout: 5000 }).toBe(true);
      const attempts = h.fake.requests.filter(isReplyTo(id));
      expect(attempts.length).toBe(2);
      expect(new Set(attempts.map((r) => r.body.nonce)).size).toBe(1);
      expect(h.fake.createdRepliesTo(id)).toHaveLength(1);
    } finally {
      clear();
    }
  });

  it('an /ask callback that commits and then answers 500 is retried, refused (40060), and not followed by an apology', async () => {
    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    const isCallback = (r: { method: string; path: string }) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`);
    const clear = h.fake.fault(isCallback, { status: 500 }, true);
    try {
      await expect.poll(() => h.logs.some((l) => l.interactionId === id && l.msg === ALREADY_ANSWERED && l.level === 30)).toBe(true);
      expect(h.fake.requests.filter(isCallback).map((r) => r.status)).toEqual([500, 400]);
      expect(h.fake.requests.filter((r) => r.path.includes('/webhooks/'))).toEqual([]); // no follow-up apology
    } finally {
      clear();
    }
  });

  it('without enforce_nonce, the fake creates a message per request (so the tests above can fail)', async () => {
    const before = h.fake.created.length;
    for (const enforce of [false, false]) {
      await fetch(`${h.fake.apiUrl}/v10/channels/920000000000000001/messages`, {
        method: 'POST',
        headers: { authorization: `Bot ${h.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'x', nonce: 'same', enforce_nonce: enforce }),
      });
    }
    expect(h.fake.created.length - before).toBe(2);
  });
});
