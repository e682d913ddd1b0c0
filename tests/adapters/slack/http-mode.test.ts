/**
 * HTTP mode end to end: the real Bolt App listening on 127.0.0.1, correctly (and incorrectly)
 * signed requests, replies captured by the fake Slack (response_url and chat.postMessage).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { escapeMrkdwn } from '../../../adapters/slack/escape.js';
import { APOLOGY, notInArticle } from '../../../adapters/shared/text.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, expectCoreAnswerShown, explodingCore, httpConfig, realCore, shownText } from './harness.js';
import { FORM, SIGNING_SECRET, commandBody, eventBody, postSigned, signature, uniqueId } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';
const OFF_TOPIC_Q = 'What is the airspeed velocity of an unladen swallow?';

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(httpConfig(fake, { channels: new Set(['C0GENERAL', 'C0ALLOWED']) }), logger, explodingCore());
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Sends `/ask text` and returns the ack and the message posted to its response_url. */
async function ask(text: string) {
  const id = uniqueId('resp');
  const started = Date.now();
  const ack = await postSigned(base, commandBody(text, fake.responseUrl(id)), { contentType: FORM });
  const ackMs = Date.now() - started;
  const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, `a reply at response_url ${id}`);
  return { ack, ackMs, reply: reply.body };
}

/** Sends an event and returns the chat.postMessage calls made for that message ts. */
async function sendEvent(event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) {
  return postSigned(base, eventBody(event, eventId), { headers });
}

const postsFor = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
const some = <T,>(items: T[]) => (items.length > 0 ? items : undefined);
const postsIn = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

/** A mention that should be answered, used as a barrier before asserting that something was NOT answered. */
async function barrier(): Promise<void> {
  const ts = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  await sendEvent({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0GENERAL', event_ts: ts });
  await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the barrier reply');
}

describe('/ask', () => {
  it('acknowledges at once and answers ephemerally at the response_url, as the core does', async () => {
    const { ack, ackMs, reply } = await ask(LAVROV_Q);
    expect(ack.status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    expect(reply.response_type).toBe('ephemeral');
    expectCoreAnswerShown(reply, LAVROV_Q);
    expect(shownText(reply)).toContain(`*Q:* ${escapeMrkdwn(LAVROV_Q)}`);
  });

  it('says plainly when the article does not say', async () => {
    const expected = realCore().ask(OFF_TOPIC_Q);
    expect(expected.answered).toBe(false); // precondition: the core abstains
    const { reply } = await ask(OFF_TOPIC_Q);
    expect(reply.text).toBe(escapeMrkdwn(notInArticle(expected.reason)));
    expect(String(reply.text)).toMatch(/^The article doesn(’|')t say/);
  });

  it.each(['', 'help', '  HELP  '])('shows usage with three example questions for /ask %j', async (text) => {
    const { ack, reply } = await ask(text);
    expect(ack.status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    const examples = realCore().about()[0]!.examples.slice(0, 3);
    expect(examples).toHaveLength(3);
    const shown = shownText(reply);
    for (const q of examples) expect(shown).toContain(`• \`/ask ${escapeMrkdwn(q.replace(/`/g, "'"))}\``);
    expect(shown).toContain('/ask &lt;question&gt;');
  });

  it('echoes <!channel> and <b>& escaped, as Slack sends them or raw, so nobody is notified', async () => {
    for (const text of ['<!channel> Who is Russia’s foreign minister? &lt;b&gt;&amp;', '<!channel> Who is Russia’s foreign minister? <b>&']) {
      const { reply } = await ask(text);
      const raw = JSON.stringify(reply);
      expect(raw).not.toContain('<!channel>');
      expect(raw).not.toContain('<b>');
      expect(shownText(reply)).toContain('*Q:* &lt;!channel&gt; Who is Russia’s foreign minister? &lt;b&gt;&amp;');
    }
  });

  it('apologises when answering fails, logs the failure with context and no secret, and keeps serving', async () => {
    const { reply } = await ask('explode');
    expect(reply.text).toBe(APOLOGY);
    expect(reply.response_type).toBe('ephemeral');
    const logged = lines.find((l) => l.includes('answering /ask failed'));
    expect(logged).toBeDefined();
    expect(JSON.parse(logged!)).toMatchObject({ kind: 'command', channel: 'C0GENERAL', user: 'U0ASKER', level: 50 });
    expect(logged).not.toContain('xoxb-must-not-leak');
    const next = await ask(LAVROV_Q);
    expectCoreAnswerShown(next.reply, LAVROV_Q);
  });
});

describe('signature checks', () => {
  async function expectRejected(options: Parameters<typeof postSigned>[2]) {
    const id = uniqueId('resp');
    const res = await postSigned(base, commandBody(LAVROV_Q, fake.responseUrl(id)), { contentType: FORM, ...options });
    expect(res.status).toBe(401);
    await barrier();
    expect(fake.responses.some((r) => r.id === id)).toBe(false);
  }

  it('rejects a bad signature with 401 and no answer', async () => {
    await expectRejected({ signature: signature('wrong-secret', Math.floor(Date.now() / 1000), 'x') });
  });
  it('rejects missing signature headers with 401 and no answer', async () => {
    await expectRejected({ signature: null });
  });
  it('rejects a stale timestamp (6 minutes old) with 401 and no answer', async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    await expectRejected({ timestamp: old, secret: SIGNING_SECRET });
  });
  it('answers url_verification with the challenge', async () => {
    const res = await postSigned(base, JSON.stringify({ type: 'url_verification', token: 't', challenge: 'challenge-123' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('challenge-123');
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in the thread of that message via chat.postMessage', async () => {
    const ts = '1700000100.000200';
    const res = await sendEvent({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'C0GENERAL', event_ts: ts });
    expect(res.status).toBe(200);
    const [post] = await fake.waitFor(() => some(postsFor(ts)), 3000, 'the mention reply');
    expect(post!.body.channel).toBe('C0GENERAL');
    expect(post!.headers.authorization).toBe(`Bearer ${fake.botToken}`);
    expectCoreAnswerShown(post!.body, LAVROV_Q);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const parent = '1700000200.000100';
    await sendEvent({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts: '1700000201.000100', thread_ts: parent, channel: 'C0ALLOWED' });
    const posts = await fake.waitFor(() => some(postsFor(parent)), 3000, 'the threaded reply');
    expect(posts).toHaveLength(1);
  });

  it('ignores mentions outside SLACK_CHANNELS', async () => {
    await sendEvent({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts: '1700000300.000100', channel: 'C0ELSEWHERE' });
    await barrier();
    expect(postsIn('C0ELSEWHERE')).toHaveLength(0);
  });

  it('answers a DM in the DM, not in a thread', async () => {
    const ts = '1700000400.000100';
    await sendEvent({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: LAVROV_Q, ts, channel: 'D0DIRECT' });
    const [post] = await fake.waitFor(() => some(postsIn('D0DIRECT')), 3000, 'the DM reply');
    expect(post!.body.thread_ts).toBeUndefined();
    expectCoreAnswerShown(post!.body, LAVROV_Q);
  });

  it('ignores edits, bot messages and channel messages that do not mention it', async () => {
    await sendEvent({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0EDITS', ts: '1700000500.1', message: { text: LAVROV_Q } });
    await sendEvent({ type: 'message', channel_type: 'im', bot_id: 'B0OTHER', text: LAVROV_Q, channel: 'D0BOTS', ts: '1700000500.2' });
    await sendEvent({ type: 'message', channel_type: 'channel', user: 'U0ASKER', text: LAVROV_Q, channel: 'C0CHATTER', ts: '1700000500.3' });
    await barrier();
    expect([...postsIn('D0EDITS'), ...postsIn('D0BOTS'), ...postsIn('C0CHATTER')]).toHaveLength(0);
  });
});

describe('failures', () => {
  it('logs a failed reply with context (no token), tries to apologise, and keeps answering other events', async () => {
    const ts = '1700000900.000100';
    await sendEvent({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: LAVROV_Q, ts, channel: 'D0FAILING' }, 'EvFAIL0001');
    const failed = await fake.waitFor(() => lines.find((l) => l.includes('answering a message failed')), 3000, 'the error log line');
    expect(JSON.parse(failed)).toMatchObject({ level: 50, kind: 'dm', channel: 'D0FAILING', user: 'U0ASKER', eventId: 'EvFAIL0001', err: { apiError: 'channel_not_found' } });
    await fake.waitFor(() => lines.find((l) => l.includes('could not send the apology')), 3000, 'the apology failure log line');
    const attempts = postsIn('D0FAILING');
    expect(attempts).toHaveLength(2); // the answer, then the apology
    expect(attempts[1]!.body.text).toBe(APOLOGY);
    await barrier(); // the app still answers
    expect(failed).not.toContain(fake.botToken);
  });
});

describe('retries', () => {
  it('answers an event once when Slack retries it (same event_id, x-slack-retry-num: 1)', async () => {
    const ts = '1700000600.000100';
    const event = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'C0GENERAL', event_ts: ts };
    const first = await sendEvent(event, 'EvRETRY0001');
    const retry = await sendEvent(event, 'EvRETRY0001', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the first answer');
    await barrier();
    expect(postsFor(ts)).toHaveLength(1);
  });

  it('answers a retry caused by a late ack when no instance claimed the event (the first delivery was lost)', async () => {
    const ts = '1700000700.000100';
    const event = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'C0GENERAL', event_ts: ts };
    await sendEvent(event, 'EvRETRY0002', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the answer to the retry');
    await barrier();
    expect(postsFor(ts)).toHaveLength(1);
  });

  it('skips a retry caused by a late ack once the event was claimed', async () => {
    const ts = '1700000750.000100';
    const event = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'C0GENERAL', event_ts: ts };
    await sendEvent(event, 'EvRETRY0003');
    await sendEvent(event, 'EvRETRY0003', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await fake.waitFor(() => postsFor(ts).length > 0, 3000, 'the first answer');
    await barrier();
    expect(postsFor(ts)).toHaveLength(1);
  });

  it('answers one message once when it arrives both as app_mention and as message.im', async () => {
    const ts = '1700000800.000100';
    await sendEvent({ type: 'message', channel_type: 'im', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'D0BOTH' });
    await sendEvent({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'D0BOTH' });
    await fake.waitFor(() => postsIn('D0BOTH').length > 0, 3000, 'the DM answer');
    await barrier();
    expect(postsIn('D0BOTH')).toHaveLength(1);
  });
});

describe('logging', () => {
  it('never writes a token or the signing secret to the log', () => {
    expect(lines.length).toBeGreaterThan(5);
    const all = lines.join('\n');
    expect(all).not.toContain(fake.botToken);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xox[a-z]-|xapp-/);
  });
});

describe('SLACK_ANSWER_VISIBILITY=channel', () => {
  it('posts /ask answers for everyone (in_channel), but keeps usage ephemeral', async () => {
    const other = buildBot(httpConfig(fake, { visibility: 'channel' }), capturingLogger().logger);
    const { port } = await other.start({ port: 0, host: '127.0.0.1' });
    try {
      const send = async (text: string) => {
        const id = uniqueId('vis');
        await postSigned(`http://127.0.0.1:${port}`, commandBody(text, fake.responseUrl(id)), { contentType: FORM });
        return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, 'reply')).body;
      };
      expect((await send(LAVROV_Q)).response_type).toBe('in_channel');
      expect((await send('help')).response_type).toBe('ephemeral');
    } finally {
      await other.stop();
    }
  });
});
