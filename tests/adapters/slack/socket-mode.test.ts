/**
 * Socket Mode end to end: the real Bolt App opens a connection through apps.connections.open on
 * the fake Web API (SLACK_API_URL), completes the hello handshake on the fake WebSocket, and
 * acknowledges envelopes; answers go to the response_url or chat.postMessage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, expectCoreAnswerShown, socketConfig } from './harness.js';
import { uniqueId } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';

let fake: FakeSlack;
let bot: SlackBot;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(socketConfig(fake), logger);
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function slashEnvelope(text: string, responseId: string, triggerId = uniqueId('trig')) {
  return {
    envelope_id: uniqueId('env-'),
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'deprecated', team_id: 'T0FAKE', team_domain: 'fake', channel_id: 'C0GENERAL', channel_name: 'general',
      user_id: 'U0ASKER', user_name: 'asker', command: '/ask', text, api_app_id: 'A0FAKE', is_enterprise_install: 'false',
      response_url: fake.responseUrl(responseId), trigger_id: triggerId,
    },
  };
}

function mentionEnvelope(ts: string, eventId: string, retryAttempt = 0) {
  return {
    envelope_id: uniqueId('env-'),
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt ? 'timeout' : '',
    payload: {
      token: 'deprecated', team_id: 'T0FAKE', api_app_id: 'A0FAKE', type: 'event_callback', event_id: eventId, event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${LAVROV_Q}`, ts, channel: 'C0GENERAL', event_ts: ts },
    },
  };
}

describe('Socket Mode', () => {
  it('opens the connection with the app token on SLACK_API_URL and completes the handshake', () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.headers.authorization).toBe(`Bearer ${fake.appToken}`);
    expect(fake.sockets).toHaveLength(1);
    expect(fake.callsTo('auth.test')).toHaveLength(0); // ids given: no auth.test
  });

  it('acknowledges a slash_commands envelope at once and delivers the answer', async () => {
    const envelope = slashEnvelope(LAVROV_Q, 'sock-1');
    const started = Date.now();
    const ack = await fake.sendEnvelope(envelope);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ack.envelope_id).toBe(envelope.envelope_id);
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-1'), 3000, 'the answer');
    expect(reply.body.response_type).toBe('ephemeral');
    expectCoreAnswerShown(reply.body, LAVROV_Q);
  });

  it('acknowledges but does not answer again a redelivered command (same trigger_id)', async () => {
    const first = slashEnvelope(LAVROV_Q, 'sock-2', 'TRIGGER-REDELIVERED');
    const again = slashEnvelope(LAVROV_Q, 'sock-2', 'TRIGGER-REDELIVERED');
    await fake.sendEnvelope(first);
    const ack = await fake.sendEnvelope(again);
    expect(ack.envelope_id).toBe(again.envelope_id);
    await fake.waitFor(() => fake.responses.some((r) => r.id === 'sock-2'), 3000, 'the answer');
    await fake.sendEnvelope(slashEnvelope('help', 'sock-2-barrier'));
    await fake.waitFor(() => fake.responses.some((r) => r.id === 'sock-2-barrier'), 3000, 'the barrier');
    expect(fake.responses.filter((r) => r.id === 'sock-2')).toHaveLength(1);
  });

  it('answers a mention once when its envelope is redelivered', async () => {
    const ts = '1700001000.000100';
    await fake.sendEnvelope(mentionEnvelope(ts, 'EvSOCKET0001'));
    await fake.sendEnvelope(mentionEnvelope(ts, 'EvSOCKET0001', 1));
    const posts = () => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
    await fake.waitFor(() => posts().length > 0, 3000, 'the mention answer');
    await fake.sendEnvelope(slashEnvelope('help', 'sock-3-barrier'));
    await fake.waitFor(() => fake.responses.some((r) => r.id === 'sock-3-barrier'), 3000, 'the barrier');
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.headers.authorization).toBe(`Bearer ${fake.botToken}`);
  });

  it('logs no token', () => {
    const all = lines.join('\n');
    expect(all).not.toContain(fake.appToken);
    expect(all).not.toContain(fake.botToken);
  });
});
