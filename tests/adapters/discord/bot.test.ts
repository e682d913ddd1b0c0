/**
 * End to end, offline: the real discord.js Client built by createDiscordBot, against the fake
 * Discord in fake-discord.ts. Login, intents, shards, and errors that must not stop the bot.
 */
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../adapters/discord/format.js';
import { APOLOGY } from '../../../adapters/shared/text.js';
import { CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID, BOT_ID } from './fake-discord.js';
import { core, mention, MINISTER, real } from './fixtures.js';
import { newUser, startBot, TOKEN, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startBot(core);
});
afterAll(async () => {
  await h?.stop();
});

describe('login', () => {
  it('logs in with the token, gets READY and the guild, and is ready', () => {
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.bot.client.user?.id).toBe(BOT_ID);
    expect(h.bot.client.guilds.cache.get(GUILD_ID)?.channels.cache.has(CHANNEL_ID)).toBe(true);
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0].token).toBe(TOKEN);
    expect(h.fake.requests.find((r) => r.path === '/api/v10/gateway/bot')?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('asks for exactly Guilds, GuildMessages and DirectMessages in IDENTIFY (not MessageContent), on the recommended shards', () => {
    const { intents, shard } = h.fake.identifies[0];
    expect(intents).toBe(1 + 512 + 4096);
    expect(intents & (1 << 15)).toBe(0);
    expect(shard).toEqual([0, 1]);
  });
});

describe('failures', () => {
  it('a rejected send (403) is logged, and the next message is still answered', async () => {
    const clear = h.fake.override((r) => r.method === 'POST' && r.path === `/api/v10/channels/${OTHER_CHANNEL_ID}/messages`, 403, { message: 'Missing Permissions', code: 50013 });
    try {
      const id = h.fake.sendMessage({ content: mention(MINISTER), author: newUser(), channel: OTHER_CHANNEL_ID });
      await h.fake.waitForRequest((r) => r.status === 403 && r.body?.content === APOLOGY && r.body.message_reference?.message_id === id);
      await expect.poll(() => h.logs.some((l) => l.messageId === id && l.msg === 'could not send the apology either' && l.error.code === 50013)).toBe(true);
      expect(h.logs.find((l) => l.messageId === id && l.msg === 'could not answer a message')?.error).toMatchObject({ code: 50013, status: 403 });
    } finally {
      clear();
    }
    const next = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    expect((await h.fake.replyTo(next)).status).toBe(200);
  });

  it("handles the Client's error event (unhandled, it would crash the process), logging it scrubbed", () => {
    expect(() => h.bot.client.emit(Events.Error, new Error(`gateway trouble for ${TOKEN}`))).not.toThrow();
    expect(h.logs.find((l) => l.event === 'clientError')?.error.message).toBe('gateway trouble for [redacted]');
  });

  it("with LOG_LEVEL=debug, discord.js's `Provided token: <first two parts>.****` line is logged redacted", () => {
    const [id, time] = TOKEN.split('.');
    const line = h.logs.find((l) => l.event === 'clientDebug' && /Provided token/.test(l.msg));
    expect(line?.msg).toBe('Provided token: [redacted]');
    expect(h.rawLogs()).not.toContain(`${id}.${time}`);
    expect(h.rawLogs()).not.toContain(id);
  });

  it('never writes the token to a log line or a reply, even when an error message holds it', async () => {
    const id = h.fake.sendMessage({ content: mention('EXPLODE'), author: newUser() });
    expect((await h.fake.replyTo(id)).body.content).toBe(APOLOGY);
    const { id: interactionId } = h.fake.sendInteraction({ command: 'ask', options: { question: 'EXPLODE' }, user: newUser() });
    await h.fake.callbackFor(interactionId);
    await expect.poll(() => h.logs.filter((l) => l.msg === 'answered' || l.msg.startsWith('could not')).length).toBeGreaterThanOrEqual(4);
    expect(h.logs.some((l) => l.event === 'clientDebug' && /token/i.test(l.msg))).toBe(true); // discord.js's trace is logged too
    expect(h.rawLogs()).not.toContain(TOKEN);
    for (const r of h.fake.requests) expect(JSON.stringify(r.body ?? '')).not.toContain(TOKEN);
  });
});

describe('sharding', () => {
  it("follows the shard count Discord recommends in /gateway/bot", async () => {
    const sharded = await startBot(core, { shards: 2 });
    try {
      expect(sharded.fake.identifies.map((d) => d.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const id = sharded.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
      expect((await sharded.fake.replyTo(id)).body.content).toBe(formatAnswer(real.ask(MINISTER)));
      expect(sharded.bot.client.ws.shards.size).toBe(2);
    } finally {
      await sharded.stop();
    }
  });
});
