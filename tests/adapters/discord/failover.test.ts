/**
 * Two Discord bots on one token with no shared claims (Redis unset or down), as failover copies
 * run during an outage (issue 20, finding 3): both see every event and both answer, yet each
 * mention gets one reply (the reply's nonce comes from the message id, so Discord returns the
 * first reply to the second copy) and each /ask one callback, the other copy's 40060 logged as
 * expected (info), never as a fault. Before: every mention was posted twice.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../adapters/discord/bot.js';
import { ALREADY_ANSWERED } from '../../../adapters/discord/interactions.js';
import { FakeDiscord } from './fake-discord.js';
import { core, mention, MINISTER } from './fixtures.js';
import { newUser, TOKEN } from './harness.js';

let fake: FakeDiscord;
const bots: DiscordBot[] = [];
const logs: Array<{ level: number; msg: string; interactionId?: string }> = [];

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  for (let i = 0; i < 2; i++) {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const bot = createDiscordBot({ core, logger, config: { token: TOKEN, apiUrl: fake.apiUrl, channels: new Set(), rateLimit: { limit: 50, windowMs: 10_000 } } });
    await bot.start();
    bots.push(bot);
  }
});
afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await fake?.close();
});

const settle = () => new Promise((r) => setTimeout(r, 400)); // time for a second answer, if one were coming

describe('two Discord instances on one token, no Redis', () => {
  it('each mention and DM gets one reply, though both instances answer it', async () => {
    const dmUser = newUser();
    const ids = [fake.sendMessage({ content: mention(MINISTER), author: newUser() }), fake.sendMessage({ content: 'Who met Lavrov?', author: dmUser, channel: 'dm', dmChannel: `7${dmUser.id.slice(1)}` })];
    for (const id of ids) await fake.replyTo(id);
    await settle();
    for (const id of ids) {
      expect(fake.repliesTo(id).length).toBe(2); // both instances sent it ...
      expect(fake.createdRepliesTo(id)).toHaveLength(1); // ... and Discord posted it once
    }
  });

  it('each /ask gets one callback; the second instance logs it as expected, not as a fault', async () => {
    const { id } = fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    const callbacks = () => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`));
    await expect.poll(() => callbacks().length, { timeout: 5000 }).toBe(2);
    await settle();
    expect(callbacks().map((r) => r.status).sort()).toEqual([204, 400]);
    const about = logs.filter((l) => l.interactionId === id);
    expect(about.filter((l) => l.level >= 40)).toEqual([]);
    expect(about.some((l) => l.msg === ALREADY_ANSWERED)).toBe(true);
  });
});
