/**
 * Outbound Web API calls against a misbehaving fake: a chat.postMessage that posted but answered
 * 500, one that answers very slowly, a hundred that never answer, and a 429. The app's own retry
 * policy and timeout are used (not the tests' `retries: 0`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig } from './harness.js';
import { MAY_NOT_HAVE_ARRIVED } from '../../../adapters/slack/handlers.js';
import { escapeMrkdwn } from '../../../adapters/slack/escape.js';
import { eventBody, postSigned } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';
const TIMEOUT_MS = 300;

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  fake.slowMs = 8000;
  bot = buildBot(httpConfig(fake), logger, undefined, { retryConfig: undefined, apiTimeoutMs: TIMEOUT_MS });
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

let seq = 0;
async function mention(channel: string, text = LAVROV_Q): Promise<string> {
  const ts = `1700100${String(++seq).padStart(3, '0')}.000100`;
  const res = await postSigned(base, eventBody({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts, channel, event_ts: ts }));
  expect(res.status).toBe(200);
  return ts;
}
const postsIn = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('chat.postMessage whose outcome is unknown', () => {
  it('a 500 after the message was posted: sent once, not retried, no apology on top, logged; the asker is told privately it may not have arrived', async () => {
    const ts = await mention('C0COMMIT500');
    const logged = await fake.waitFor(() => lines.find((l) => l.includes('outcome unknown') && l.includes('C0COMMIT500')), 5000, 'the log line');
    expect(JSON.parse(logged)).toMatchObject({ level: 40, method: 'chat.postMessage', channel: 'C0COMMIT500', err: { status: 500 } });
    await sleep(2500); // the library's first retry would come after 1-2 s
    expect(postsIn('C0COMMIT500')).toHaveLength(1);
    const notices = fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === 'C0COMMIT500');
    expect(notices.map((c) => [c.body.user, c.body.thread_ts, c.body.text])).toEqual([['U0ASKER', ts, escapeMrkdwn(MAY_NOT_HAVE_ARRIVED)]]);
  });

  it('an answer slower than the timeout: given up after the timeout, not retried, logged', async () => {
    const started = Date.now();
    await mention('C0SLOW');
    const logged = await fake.waitFor(() => lines.find((l) => l.includes('outcome unknown') && l.includes('C0SLOW')), 5000, 'the log line');
    expect(Date.now() - started).toBeLessThan(fake.slowMs); // gave up before the fake answered
    expect(JSON.parse(logged)).toMatchObject({ failure: 'timeout' });
    await sleep(2500); // a retry would follow the timeout within 1-2 s
    expect(postsIn('C0SLOW')).toHaveLength(1);
  });
});

describe('stalled Web API calls', () => {
  it('with 100 calls that never answer, later mentions are still answered (5 of 5), and the timeouts are logged', async () => {
    const before = lines.filter((l) => l.includes('outcome unknown')).length;
    for (let i = 0; i < 100; i++) await mention('C0STALL', 'help');
    await fake.waitFor(() => postsIn('C0STALL').length >= 100, 5000, '100 stalled calls');
    const later: string[] = [];
    for (let i = 0; i < 5; i++) later.push(await mention('C0LATER'));
    await fake.waitFor(() => later.every((ts) => postsIn('C0LATER').some((c) => c.body.thread_ts === ts)), 10_000, 'the later answers');
    expect(postsIn('C0LATER')).toHaveLength(5);
    expect(postsIn('C0STALL')).toHaveLength(100); // none retried
    await fake.waitFor(() => lines.filter((l) => l.includes('outcome unknown')).length - before >= 100, 5000, 'the 100 timeouts logged');
  });
});

describe('failures that posted nothing', () => {
  it('a 429 is retried after retry-after and the answer arrives once', async () => {
    const ts = await mention('C0RATELIMITED');
    await fake.waitFor(() => postsIn('C0RATELIMITED').length >= 2, 5000, 'the retry');
    await sleep(300);
    expect(postsIn('C0RATELIMITED').map((c) => c.body.thread_ts)).toEqual([ts, ts]);
  });
});
