/**
 * One per-user limit on every way into the Slack app: `/ask`, mentions, DMs and buttons share a
 * budget (before, Slack had no limit at all: 100 of 100 answered in a second).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';
import { SLOW_DOWN } from '../../../adapters/shared/text.js';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { slackRateLimit } from '../../../adapters/slack/rate-limit.js';
import { ConfigError } from '../../../adapters/shared/env.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig, realCore } from './harness.js';
import { FORM, commandBody, eventBody, postSigned, uniqueId } from './requests.js';

const LAVROV_Q = "Who is Russia's foreign minister?";
let fake: FakeSlack;
let bot: SlackBot;
let base: string;

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(httpConfig(fake), capturingLogger().logger, realCore(), { limiter: new RateLimiter({ limit: 2, windowMs: 60_000 }) });
  base = `http://127.0.0.1:${(await bot.start({ port: 0, host: '127.0.0.1' })).port}`;
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function ask(user: string, text = LAVROV_Q) {
  const id = uniqueId('resp');
  await postSigned(base, commandBody(text, fake.responseUrl(id), { user_id: user }), { contentType: FORM });
  return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, 'the /ask reply')).body;
}

async function click(user: string, message: Record<string, any>) {
  const button = (message.blocks as any[]).flatMap((b) => (b.type === 'actions' ? b.elements : []))[0];
  const id = uniqueId('act');
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'u', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: 'C0GENERAL', name: 'general' },
    container: { type: 'message', message_ts: '1700009000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    trigger_id: uniqueId('trig'),
    response_url: fake.responseUrl(id),
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, text: button.text, action_ts: '1700009001.000100' }],
  };
  await postSigned(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
  return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, 'the button reply')).body;
}

const postsFor = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts || (c.body.channel === ts && c.body.thread_ts === undefined));

describe('the Slack per-user limit', () => {
  it('counts /ask and buttons together, and says "slow down" privately', async () => {
    const user = uniqueId('U');
    const answer = await ask(user);
    expect(answer.text).not.toBe(SLOW_DOWN);
    expect((await click(user, answer)).text).not.toBe(SLOW_DOWN);
    expect((await ask(user)).text).toBe(SLOW_DOWN);
    expect((await click(user, answer)).text).toBe(SLOW_DOWN);
    expect((await ask(uniqueId('U'))).text).not.toBe(SLOW_DOWN); // someone else is not held back
  });

  it('counts mentions and DMs, and answers only the first refused message in a row', async () => {
    const user = uniqueId('U');
    const ts = Array.from({ length: 4 }, (_, i) => `${1_700_010_000 + i}.000100`);
    for (const t of ts) await postSigned(base, eventBody({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts: t, channel: 'C0GENERAL', event_ts: t }));
    const dm = 'D0RATE';
    await postSigned(base, eventBody({ type: 'message', channel_type: 'im', user, text: LAVROV_Q, ts: '1700010010.000100', channel: dm }));
    // A barrier: someone else's mention is answered after all of the above were handled.
    const barrier = '1700010020.000100';
    await postSigned(base, eventBody({ type: 'app_mention', user: uniqueId('U'), text: `<@${BOT_USER_ID}> help`, ts: barrier, channel: 'C0GENERAL', event_ts: barrier }));
    await fake.waitFor(() => postsFor(barrier).length > 0, 3000, 'the barrier');
    await fake.waitFor(() => ts.slice(0, 2).every((t) => postsFor(t).length > 0), 3000, 'the two answers');
    expect(ts.map((t) => postsFor(t).map((p) => p.body.text === SLOW_DOWN))).toEqual([[false], [false], [true], []]);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === dm)).toHaveLength(0);
  });

  it('reads SLACK_RATE_LIMIT and SLACK_RATE_WINDOW_SECONDS (default 5 per 10 s)', () => {
    expect(slackRateLimit({})).toEqual({ limit: 5, windowMs: 10_000 });
    expect(slackRateLimit({ SLACK_RATE_LIMIT: '20', SLACK_RATE_WINDOW_SECONDS: '60' })).toEqual({ limit: 20, windowMs: 60_000 });
    expect(() => slackRateLimit({ SLACK_RATE_LIMIT: '0' })).toThrow(ConfigError);
    expect(() => slackRateLimit({ SLACK_RATE_WINDOW_SECONDS: 'soon' })).toThrow(/SLACK_RATE_WINDOW_SECONDS/);
  });
});
