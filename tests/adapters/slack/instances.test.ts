/**
 * Two Slack app instances in HTTP mode behind one (imaginary) load balancer, sharing one real
 * redis-server: a retry that reaches the other instance is not answered twice, a follow-up
 * through B resolves against A's turn, the rate limit counts across both, and when Redis is
 * killed both keep answering, then share again once it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../adapters/shared/session.js';
import { createSharedState, type SharedState } from '../../../adapters/shared/state.js';
import { SLOW_DOWN } from '../../../adapters/shared/text.js';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { HAVE_REDIS, eventually, startRedis, type TestRedis } from '../shared/redis-server.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, expectCoreAnswerShown, httpConfig, realCore, shownText } from './harness.js';
import { FORM, commandBody, eventBody, postSigned, uniqueId } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';
const LIMIT = { limit: 3, windowMs: 60_000 };

interface Instance {
  bot: SlackBot;
  state: SharedState;
  base: string;
  lines: string[];
}

let redis: TestRedis;
let fake: FakeSlack;
let a: Instance;
let b: Instance;

async function startInstance(): Promise<Instance> {
  const { logger, lines } = capturingLogger();
  const bounds = { maxConversations: 1000, maxTurns: 5, idleMs: 30 * 60_000 };
  const state = await createSharedState({ settings: { redisUrl: redis.url, prefix: 'slack-test:' }, bounds, logger });
  const session = createSession({ core: realCore(), via: 'slack', store: state.store });
  const bot = buildBot(httpConfig(fake), logger, realCore(), {
    session,
    dedupe: state.claims,
    limiter: state.limiter('slack', LIMIT),
    health: () => ({ articles: ['seed.txt'], state: state.status() }),
  });
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  return { bot, state, base: `http://127.0.0.1:${port}`, lines };
}

const connected = (i: Instance) => (i.state.status() as { connected?: boolean }).connected === true;

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  redis = await startRedis();
  fake = await FakeSlack.start();
  [a, b] = [await startInstance(), await startInstance()];
  await eventually(() => connected(a) && connected(b), 5000, 'both instances on Redis');
});

afterAll(async () => {
  for (const i of [a, b]) {
    await i?.bot.stop();
    await i?.state.close();
  }
  await fake?.close();
  await redis?.stop();
});

const postsFor = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
let tsCounter = 0;
const newTs = () => `${1_700_100_000 + ++tsCounter}.000100`;
const mention = (user: string, text: string, ts: string) => ({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: 'C0GENERAL', event_ts: ts });

/** A mention by a fresh user that must be answered: after it, an earlier unanswered event will not be. */
async function barrier(via: Instance): Promise<void> {
  const ts = newTs();
  await postSigned(via.base, eventBody(mention(uniqueId('UB'), 'help', ts)));
  await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the barrier reply');
}

async function ask(via: Instance, user: string, text: string) {
  const id = uniqueId('resp');
  const ack = await postSigned(via.base, commandBody(text, fake.responseUrl(id), { user_id: user }), { contentType: FORM });
  expect(ack.status).toBe(200);
  return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, `the reply at ${id}`)).body;
}

describe.skipIf(!HAVE_REDIS)('two HTTP-mode instances on one Redis', () => {
  it('answer once when Slack retries an event to the second instance after the first answered', async () => {
    const ts = newTs();
    const event = mention(uniqueId('U'), LAVROV_Q, ts);
    await postSigned(a.base, eventBody(event, 'EvTWICE001'));
    await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the answer from A');
    for (const reason of ['http_timeout', 'http_error']) {
      const retry = await postSigned(b.base, eventBody(event, 'EvTWICE001'), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': reason } });
      expect(retry.status).toBe(200);
    }
    await barrier(b);
    await barrier(a);
    expect(postsFor(ts)).toHaveLength(1);
    expect(b.lines.some((l) => l.includes('duplicate delivery skipped'))).toBe(true);
  });

  it('resolve a follow-up through B against the turn answered through A', async () => {
    const user = uniqueId('U');
    expectCoreAnswerShown(await ask(a, user, LAVROV_Q), LAVROV_Q);
    const followUp = await ask(b, user, 'What did he say about sanctions?');
    expect(shownText(followUp)).toContain('reading "he" as Sergey V. Lavrov');
  });

  it('count the rate limit across both instances', async () => {
    const user = uniqueId('U');
    for (const via of [a, b, a]) expectCoreAnswerShown(await ask(via, user, LAVROV_Q), LAVROV_Q);
    expect((await ask(b, user, LAVROV_Q)).text).toBe(SLOW_DOWN);
    expect((await ask(a, user, LAVROV_Q)).text).toBe(SLOW_DOWN);
    // A mention by that user is refused too (one budget for every way in).
    const refused = newTs();
    await postSigned(b.base, eventBody(mention(user, LAVROV_Q, refused)));
    await barrier(b);
    expect(postsFor(refused)).toHaveLength(0);

    // Mentions: one "slow down" for the first refused in a row, then silence (no flood back).
    const other = uniqueId('U');
    const ts = [newTs(), newTs(), newTs(), newTs(), newTs()];
    for (const [i, t] of ts.entries()) {
      await postSigned(i % 2 ? b.base : a.base, eventBody(mention(other, LAVROV_Q, t)));
      // Each is sent once the one before is answered or refused, so the refusals come in order (the
      // fourth and fifth, sent back to back to the two instances, could be limited either way round).
      if (i < 4) await fake.waitFor(() => postsFor(t).length > 0, 3000, `answer ${i + 1}`);
    }
    await barrier(a);
    await barrier(b);
    expect(ts.map((t) => postsFor(t).length)).toEqual([1, 1, 1, 1, 0]);
    expect(postsFor(ts[3]!)[0]!.body.text).toBe(SLOW_DOWN);
  });

  it('keep answering while Redis is down (no crash, no double answer), and share again after it restarts', async () => {
    await redis.kill();
    const user = uniqueId('U');
    expectCoreAnswerShown(await ask(a, user, LAVROV_Q), LAVROV_Q);
    expectCoreAnswerShown(await ask(b, uniqueId('U'), LAVROV_Q), LAVROV_Q);
    // A retry to the same instance during the outage is still caught (its own memory).
    const ts = newTs();
    const event = mention(uniqueId('U'), LAVROV_Q, ts);
    await postSigned(a.base, eventBody(event, 'EvDOWN0001'));
    await postSigned(a.base, eventBody(event, 'EvDOWN0001'), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await barrier(a);
    expect(postsFor(ts)).toHaveLength(1);
    const health = (await (await fetch(`${a.base}/healthz`)).json()) as Record<string, any>;
    expect(health).toMatchObject({ connected: true, articles: ['seed.txt'], state: { kind: 'redis', connected: false } });
    expect(a.lines.filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);

    await redis.restart();
    await eventually(() => connected(a) && connected(b), 8000, 'both instances back on Redis');
    const again = uniqueId('U');
    expectCoreAnswerShown(await ask(a, again, LAVROV_Q), LAVROV_Q);
    expect(shownText(await ask(b, again, 'What did he say about sanctions?'))).toContain('reading "he" as Sergey V. Lavrov');
    const healthy = (await (await fetch(`${b.base}/healthz`)).json()) as Record<string, any>;
    expect(healthy.state).toEqual({ kind: 'redis', target: redis.url, connected: true });
    expect(a.lines.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
  });
});
