/**
 * The buttons under an answer in Socket Mode: Slack delivers a click as an `interactive` envelope
 * whose payload is a `block_actions` payload. The real Bolt App must acknowledge the envelope over
 * the socket and answer privately at the payload's response_url; a click it does not know must be
 * acknowledged too (Slack shows the user an error otherwise) and must not stop the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { ACTIONS, whyMessage } from '../../../adapters/slack/blocks.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, expectCoreAnswerShown, realCore, shownText, socketConfig } from './harness.js';
import { uniqueId } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';
const THREAD = '1700002000.000100';

let fake: FakeSlack;
let bot: SlackBot;
const { logger, lines } = capturingLogger();
/** The answer the app posted in THREAD (with its four buttons). */
let answer: Record<string, any>;

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(socketConfig(fake), logger);
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function mentionEnvelope(text: string, ts: string) {
  return {
    envelope_id: uniqueId('env-'),
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: 0,
    retry_reason: '',
    payload: {
      token: 'deprecated', team_id: 'T0FAKE', api_app_id: 'A0FAKE', type: 'event_callback', event_id: uniqueId('Ev'), event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts, thread_ts: ts === THREAD ? undefined : THREAD, channel: 'C0GENERAL', event_ts: ts },
    },
  };
}

/** The button of `message` with this action id, as the app posted it. */
function buttonOf(message: Record<string, any>, actionId: string): Record<string, any> {
  const button = (message.blocks as any[]).flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e: any) => e.action_id === actionId);
  expect(button, `a ${actionId} button`).toBeDefined();
  return button;
}

/** An `interactive` envelope for a click on `actions` (block_actions), answered at response_url `responseId`. */
function clickEnvelope(actions: Array<Record<string, unknown>>, responseId: string, message?: Record<string, any>) {
  return {
    envelope_id: uniqueId('env-'),
    type: 'interactive',
    accepts_response_payload: false,
    payload: {
      type: 'block_actions',
      user: { id: 'U0CLICKER', username: 'clicker', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'deprecated',
      team: { id: 'T0FAKE', domain: 'fake' },
      channel: { id: 'C0GENERAL', name: 'general' },
      container: { type: 'message', message_ts: '1700002001.000100', channel_id: 'C0GENERAL', is_ephemeral: false, thread_ts: THREAD },
      trigger_id: uniqueId('trig'),
      response_url: fake.responseUrl(responseId),
      ...(message ? { message: { type: 'message', ts: '1700002001.000100', thread_ts: THREAD, text: message.text, blocks: message.blocks } } : {}),
      actions,
    },
  };
}

/** A click on the app's own button `actionId` of `message`. */
function click(message: Record<string, any>, actionId: string, responseId: string) {
  const button = buttonOf(message, actionId);
  return clickEnvelope([{ type: 'button', action_id: actionId, block_id: 'b1', value: button.value, text: button.text, action_ts: '1700002002.000100' }], responseId, message);
}

/** Asks in THREAD over the socket and returns the answer the app posted there. */
async function askInThread(text: string, ts: string): Promise<Record<string, any>> {
  const before = fake.callsTo('chat.postMessage').length;
  await fake.sendEnvelope(mentionEnvelope(text, ts));
  return (await fake.waitFor(() => fake.callsTo('chat.postMessage').slice(before).find((c) => c.body.thread_ts === THREAD), 3000, 'the thread answer')).body;
}

let nextTs = 2100;
/** A request after a bad click: the app still answers it. */
async function stillAnswers(): Promise<void> {
  expectCoreAnswerShown(await askInThread(LAVROV_Q, `170000${++nextTs}.000100`), LAVROV_Q);
}

describe('Socket Mode: the buttons under an answer (interactive envelopes)', () => {
  it('a mention over the socket is answered with the four buttons', async () => {
    answer = await askInThread(LAVROV_Q, THREAD);
    expectCoreAnswerShown(answer, LAVROV_Q);
    expect(answer.blocks.find((b: any) => b.type === 'actions').elements.map((e: any) => e.action_id)).toEqual([ACTIONS.why, ACTIONS.more, ACTIONS.good, ACTIONS.bad]);
  });

  it('"Why this answer?" is acknowledged over the socket and answered privately at the response_url', async () => {
    const envelope = click(answer, ACTIONS.why, 'sock-why');
    const started = Date.now();
    const ack = await fake.sendEnvelope(envelope);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ack.envelope_id).toBe(envelope.envelope_id);
    const reply = (await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-why'), 3000, 'the why response')).body;
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(reply.blocks).toEqual(whyMessage(realCore().explain(LAVROV_Q, 3)).blocks);
    // A button reply goes to the response_url only: nothing new in the channel.
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === THREAD)).toHaveLength(1);
    expect(fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('"More" and 👍 are acknowledged and answered at their response_urls', async () => {
    const more = click(answer, ACTIONS.more, 'sock-more');
    expect((await fake.sendEnvelope(more)).envelope_id).toBe(more.envelope_id);
    const next = (await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-more'), 3000, 'the more response')).body;
    expect(shownText(next)).toContain('Next best (2)');

    const good = click(answer, ACTIONS.good, 'sock-good');
    expect((await fake.sendEnvelope(good)).envelope_id).toBe(good.envelope_id);
    const thanks = (await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-good'), 3000, 'the feedback response')).body;
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks.text).toMatch(/^Thanks/);
  });

  it('a known button with a value that is not ours is acknowledged, ignored, and the app keeps answering', async () => {
    const envelope = clickEnvelope([{ type: 'button', action_id: ACTIONS.why, block_id: 'b1', value: 'not json', action_ts: '1' }], 'sock-bogus-value');
    expect((await fake.sendEnvelope(envelope)).envelope_id).toBe(envelope.envelope_id);
    await stillAnswers();
    expect(fake.responses.some((r) => r.id === 'sock-bogus-value')).toBe(false);
  });

  it('an unknown action is acknowledged, not answered, and the app keeps answering', async () => {
    const envelope = clickEnvelope([{ type: 'button', action_id: 'someone_elses_button', block_id: 'b1', value: buttonOf(answer, ACTIONS.why).value, action_ts: '1' }], 'sock-unknown');
    expect((await fake.sendEnvelope(envelope)).envelope_id).toBe(envelope.envelope_id);
    await stillAnswers();
    expect(fake.responses.some((r) => r.id === 'sock-unknown')).toBe(false);
    expect(lines.join('\n')).not.toMatch(/"level":50/); // nothing logged as an error
  });

  // (A block_actions payload with no action at all is dropped by Bolt before any listener or
  // middleware sees an action, so it is not acknowledged; Slack never sends one.)
  it('a malformed action (no action_id) is acknowledged, not answered, and the app keeps answering', async () => {
    const noId = clickEnvelope([{ type: 'button', block_id: 'b1', value: buttonOf(answer, ACTIONS.why).value, action_ts: '1' }], 'sock-no-id');
    expect((await fake.sendEnvelope(noId)).envelope_id).toBe(noId.envelope_id);
    await stillAnswers();
    expect(fake.responses.some((r) => r.id === 'sock-no-id')).toBe(false);
    expect(lines.join('\n')).not.toMatch(/"level":50/);
  });

  it('logs no token', () => {
    const all = lines.join('\n');
    expect(all).not.toContain(fake.appToken);
    expect(all).not.toContain(fake.botToken);
  });
});
