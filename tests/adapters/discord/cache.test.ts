/**
 * discord.js keeps every user, member and DM channel it sees unless told otherwise (+78 MB over
 * 12,000 DM users, measured). With the bot's limits and sweepers, many DM users leave the caches
 * bounded, and the bot still answers (an evicted DM channel comes back as a partial).
 */
import { Options } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheOptions, DEFAULT_CACHE_LIMITS, sweepDmChannels, type CacheLimits } from '../../../adapters/discord/cache.js';
import { createClient } from '../../../adapters/discord/client.js';
import { BOT_ID } from './fake-discord.js';
import { core } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

// sweepSeconds is long: the DM channel cap must hold through a burst, between timed sweeps. The
// fake's snowflakes date from 2022, so idleSeconds is huge here, or idleness alone would sweep.
const LIMITS: CacheLimits = { messagesPerChannel: 3, users: 40, membersPerGuild: 40, dmChannels: 25, idleSeconds: 1e9, sweepSeconds: 3600 };
const DM_USERS = 300;

let h: Harness;
beforeAll(async () => {
  h = await startBot(core, { cache: LIMITS, limit: 100 });
});
afterAll(async () => {
  await h?.stop();
});

const dmChannels = () => [...h.bot.client.channels.cache.values()].filter((c) => c.isDMBased()).length;

describe('cache limits and sweepers', () => {
  it(`after ${DM_USERS} DM users, users, DM channels and messages stay within the limits, and the bot still answers`, async () => {
    let firstDm = '';
    let firstUser = { id: '' };
    for (let i = 0; i < DM_USERS; i++) {
      const user = newUser();
      const dmChannel = String(940_000_000_000_000_000n + BigInt(i));
      const id = h.fake.sendMessage({ content: 'help', author: user, channel: 'dm', dmChannel });
      if (i === 0) [firstDm, firstUser] = [dmChannel, user];
      if (i % 50 === 49) await h.fake.replyTo(id, 10_000);
    }
    await expect.poll(() => h.fake.created.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(DM_USERS);
    expect(h.bot.client.users.cache.size).toBeLessThanOrEqual(LIMITS.users + 1);
    expect(h.bot.client.users.cache.has(BOT_ID)).toBe(true); // never evicts itself
    expect(dmChannels()).toBeLessThanOrEqual(2 * LIMITS.dmChannels);
    for (const channel of h.bot.client.channels.cache.values()) {
      if (channel.isTextBased() && 'messages' in channel) expect(channel.messages.cache.size).toBeLessThanOrEqual(LIMITS.messagesPerChannel);
    }
    // The first user's DM channel and user were evicted long ago: asking again still gets an answer.
    expect(h.bot.client.channels.cache.has(firstDm)).toBe(false);
    const again = h.fake.sendMessage({ content: 'help', author: firstUser, channel: 'dm', dmChannel: firstDm });
    expect((await h.fake.replyTo(again, 5000)).status).toBe(200);
  });

  it('sweepDmChannels drops idle DM channels and the least recently used beyond the cap, never guild channels', () => {
    const guildChannels = [...h.bot.client.channels.cache.values()].filter((c) => !c.isDMBased()).length;
    expect(guildChannels).toBeGreaterThan(0);
    const recent = [...h.bot.client.channels.cache.values()]
      .filter((c) => c.isDMBased())
      .map((c) => ({ id: c.id, last: BigInt((c as { lastMessageId?: string | null }).lastMessageId ?? c.id) }))
      .sort((a, b) => (a.last < b.last ? 1 : -1))
      .slice(0, 2)
      .map((c) => c.id);
    expect(dmChannels()).toBeGreaterThan(2);
    sweepDmChannels(h.bot.client, { dmChannels: 2, idleSeconds: 1e9 });
    expect([...h.bot.client.channels.cache.values()].filter((c) => c.isDMBased()).map((c) => c.id).sort()).toEqual([...recent].sort());
    sweepDmChannels(h.bot.client, { dmChannels: 100, idleSeconds: 1800 }, Date.now() + 3_600_000);
    expect(dmChannels()).toBe(0);
    expect([...h.bot.client.channels.cache.values()].filter((c) => !c.isDMBased()).length).toBe(guildChannels);
  });

  it('the production client has the default limits and sweepers (not discord.js defaults)', () => {
    const client = createClient({ apiUrl: 'http://127.0.0.1:1/api' });
    try {
      expect(client.options.sweepers).toMatchObject({ ...Options.DefaultSweeperSettings, messages: { interval: DEFAULT_CACHE_LIMITS.sweepSeconds, lifetime: DEFAULT_CACHE_LIMITS.idleSeconds } });
      expect(typeof client.options.sweepers?.users?.filter).toBe('function');
      const users = client.users.cache as unknown as { maxSize?: number };
      expect(users.maxSize).toBe(DEFAULT_CACHE_LIMITS.users);
      expect(cacheOptions().sweepers?.guildMembers?.interval).toBe(DEFAULT_CACHE_LIMITS.sweepSeconds);
    } finally {
      void client.destroy();
    }
  });
});
