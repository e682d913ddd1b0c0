/**
 * Slack under overload (issue 20, finding 5): a full queue before the core answers "busy, try
 * again" at once (a mention in its thread, /ask privately) instead of waiting without bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../adapters/shared/session.js';
import { BUSY, WorkQueue } from '../../../adapters/shared/work-queue.js';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, realCore, shownText } from './harness.js';
import { eventBody, postSigned } from './requests.js';

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
const queue = new WorkQueue({ maxPending: 1 });

beforeAll(async () => {
  fake = await FakeSlack.start();
  const session = createSession({ core: realCore(), via: 'slack', queue });
  bot = buildBot(httpConfig(fake), capturingLogger().logger, realCore(), { session });
  base = `http://127.0.0.1:${(await bot.start({ port: 0, host: '127.0.0.1' })).port}`;
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a full queue', () => {
  it('answers "busy, try again" at once; the question it holds is answered', async () => {
    // The core is busy with a long question: the first mention waits, the others are refused.
    const long = queue.run(() => new Promise((r) => setTimeout(r, 1500)));
    const stamps = Array.from({ length: 4 }, (_, k) => `${1_700_300_000 + k}.000100`);
    await Promise.all(stamps.map((ts, k) => postSigned(base, eventBody({ type: 'app_mention', user: `U0BUSY${k}`, text: `<@${BOT_USER_ID}> Who is Russia’s foreign minister?`, ts, channel: 'C0GENERAL', event_ts: ts }))));
    const postFor = (ts: string) => fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts);
    await fake.waitFor(() => stamps.every((ts) => postFor(ts)), 10_000, 'a reply to every mention');
    const shown = stamps.map((ts) => shownText(postFor(ts)!.body));
    expect(shown.filter((t) => t.includes(BUSY.slice(0, 30))).length).toBe(3);
    expect(shown.filter((t) => t.includes('Lavrov')).length).toBe(1);
    await long;
  }, 20_000);
});
