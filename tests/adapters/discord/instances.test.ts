/**
 * Two Discord bot processes on one token and one real Redis (both receive every event, as two
 * unsharded instances would): each mention and each interaction is answered exactly once, and
 * a follow-up resolves against the asker's turn whichever instance answered it.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createSession } from '../../../adapters/shared/session.js';
import { createSharedState, type SharedState } from '../../../adapters/shared/state.js';
import { HAVE_REDIS, eventually, startRedis, type TestRedis } from '../shared/redis-server.js';
import { FakeDiscord } from './fake-discord.js';
import { core, mention, MINISTER } from './fixtures.js';
import { newUser, TOKEN } from './harness.js';

let redis: TestRedis;
let fake: FakeDiscord;
const bots: DiscordBot[] = [];
const states: SharedState[] = [];

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  redis = await startRedis();
  fake = await FakeDiscord.start({ token: TOKEN });
  for (let i = 0; i < 2; i++) {
    const logger = pino({ level: 'silent' });
    const state = await createSharedState({ settings: { redisUrl: redis.url, prefix: 'discord-test:' }, bounds: { maxConversations: 100, maxTurns: 5, idleMs: 60_000 }, logger });
    await eventually(() => (state.status() as { connected?: boolean }).connected === true, 5000, 'Redis');
    const rateLimit = { limit: 50, windowMs: 10_000 };
    const bot = createDiscordBot({
      core,
      logger,
      config: { token: TOKEN, apiUrl: fake.apiUrl, channels: new Set(), rateLimit },
      session: createSession({ core, via: 'discord', store: state.store }),
      limiter: state.limiter('discord', rateLimit),
      claims: state.claims,
    });
    await bot.start();
    bots.push(bot);
    states.push(state);
  }
});
afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const state of states) await state.close();
  await fake?.close();
  await redis?.stop();
});

const callbacks = (id: string) => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`));

describe.skipIf(!HAVE_REDIS)('two Discord instances on one Redis', () => {
  it('answer each mention once, and resolve the follow-up against the turn whichever answered it', async () => {
    const user = newUser();
    const first = fake.sendMessage({ content: mention(MINISTER), author: user });
    await fake.replyTo(first);
    const followUp = fake.sendMessage({ content: mention('What did he say about sanctions?'), author: user });
    const reply = await fake.replyTo(followUp);
    expect(reply.body.content).toContain('reading "he" as Sergey V. Lavrov');
    await new Promise((r) => setTimeout(r, 300)); // time for a second answer, if one were coming
    expect([fake.repliesTo(first).length, fake.repliesTo(followUp).length]).toEqual([1, 1]);
  });

  it('answer each interaction once', async () => {
    const { id } = fake.sendInteraction({ command: 'ask', user: newUser(), options: { question: MINISTER } });
    await fake.callbackFor(id);
    await new Promise((r) => setTimeout(r, 300));
    expect(callbacks(id)).toHaveLength(1);
  });
});
