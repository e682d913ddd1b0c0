/**
 * Two Slack instances in HTTP mode on one Redis, while Redis is down (issue 20, finding 3): a
 * retried delivery that reaches the other instance cannot be claimed in Redis, so it is
 * acknowledged and not answered (the first instance may have answered it); a first delivery is
 * still answered from memory. Before: the retry was answered again, a duplicate for the user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedState, type SharedState } from '../../../adapters/shared/state.js';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { eventually, HAVE_REDIS, startRedis, type TestRedis } from '../shared/redis-server.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, realCore } from './harness.js';
import { eventBody, postSigned, uniqueId } from './requests.js';

interface Instance {
  bot: SlackBot;
  state: SharedState;
  base: string;
}

let redis: TestRedis;
let fake: FakeSlack;
const instances: Instance[] = [];

async function startInstance(): Promise<Instance> {
  const { logger } = capturingLogger();
  const state = await createSharedState({ settings: { redisUrl: redis.url, prefix: 'slack-outage:' }, bounds: { maxConversations: 100, maxTurns: 5, idleMs: 60_000 }, logger });
  const bot = buildBot(httpConfig(fake), logger, realCore(), { dedupe: state.claims, limiter: state.limiter('slack', { limit: 100, windowMs: 1000 }) });
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  return { bot, state, base: `http://127.0.0.1:${port}` };
}

const connected = (i: Instance) => (i.state.status() as { connected?: boolean }).connected === true;
const postsFor = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
let n = 0;
const mention = (ts: string, text = 'Who is Russia’s foreign minister?') => ({ type: 'app_mention', user: `U0OUT${++n}`, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: 'C0GENERAL', event_ts: ts });

describe.skipIf(!HAVE_REDIS)('two Slack instances while Redis is down', () => {
  beforeAll(async () => {
    redis = await startRedis();
    fake = await FakeSlack.start();
    instances.push(await startInstance(), await startInstance());
    await eventually(() => instances.every(connected), 5000, 'both instances on Redis');
    await redis.kill();
    await eventually(() => instances.every((i) => !connected(i)), 5000, 'both instances to see the outage');
  });
  afterAll(async () => {
    for (const i of instances) {
      await i.bot.stop();
      await i.state.close();
    }
    await fake?.close();
    await redis?.stop();
  });

  it('a retry reaching the other instance is acknowledged and not answered; a first delivery is answered', async () => {
    const [a, b] = instances as [Instance, Instance];
    const ts = `${1_700_200_000 + n}.000100`;
    const eventId = uniqueId('EvOUT');
    expect((await postSigned(a.base, eventBody(mention(ts), eventId))).status).toBe(200);
    await fake.waitFor(() => postsFor(ts).length > 0, 5000, 'the first answer');
    const retry = await postSigned(b.base, eventBody(mention(ts), eventId), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    // A first delivery to B, answered: after it, B has handled the retry too.
    const other = `${1_700_200_000 + n}.000200`;
    await postSigned(b.base, eventBody(mention(other, 'help')));
    await fake.waitFor(() => postsFor(other).length > 0, 5000, 'the first delivery to B');
    await new Promise((r) => setTimeout(r, 200));
    expect(postsFor(ts)).toHaveLength(1);
  });
});
