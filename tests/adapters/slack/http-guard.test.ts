/**
 * HTTP mode with signed but malformed requests, and signatures with timestamps out of range:
 * each one gets a prompt, clear 4xx and is never answered; the app keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { requestProblem } from '../../../adapters/slack/request-guard.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, httpConfig } from './harness.js';
import { FORM, SIGNING_SECRET, commandBody, eventBody, postSigned, signature, uniqueId } from './requests.js';

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(httpConfig(fake), logger);
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** A signed POST that must be answered within `withinMs`, or fail (instead of hanging for the test's timeout). */
async function timed(rawBody: string, options: Parameters<typeof postSigned>[2] = {}, withinMs = 1000) {
  const started = Date.now();
  const res = await Promise.race([
    postSigned(base, rawBody, options),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no response within ${withinMs} ms`)), withinMs)),
  ]);
  return { ...res, ms: Date.now() - started };
}

async function expectAnswering(): Promise<void> {
  const ts = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  await postSigned(base, eventBody({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0GENERAL', event_ts: ts }));
  await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === ts), 3000, 'the app to keep answering');
}

describe('signed but malformed bodies', () => {
  it.each([
    ['JSON null', 'null'],
    ['a JSON array', '[{"type":"event_callback"}]'],
    ['a JSON string', '"event_callback"'],
    ['an event_callback without event', JSON.stringify({ type: 'event_callback', event_id: 'EvNOEVENT', team_id: 'T0FAKE' })],
    ['an event_callback whose event is null', JSON.stringify({ type: 'event_callback', event_id: 'EvNULLEVENT', event: null })],
    ['an event without a type', JSON.stringify({ type: 'event_callback', event_id: 'EvNOTYPE', event: { text: 'hi' } })],
    ['an object that is no Slack request', JSON.stringify({ hello: 'world' })],
    ['an interaction payload that is null', `payload=null`],
  ])('%s gets a prompt 400 with the reason, and no answer', async (_name, body) => {
    const res = await timed(body, body.startsWith('payload=') ? { contentType: FORM } : {});
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/^malformed Slack request: /);
    expect(res.ms).toBeLessThan(1000);
    await expectAnswering();
  });

  it('logs each one as a warning, once, without the body', () => {
    const warned = lines.filter((l) => l.includes('malformed Slack request'));
    expect(warned.length).toBeGreaterThanOrEqual(8);
    expect(JSON.parse(warned[0]!)).toMatchObject({ level: 40 });
  });

  it('invalid JSON is a prompt 400 too', async () => {
    const res = await timed('{"type":');
    expect(res.status).toBe(400);
  });
});

describe('timestamps', () => {
  const now = () => Math.floor(Date.now() / 1000);
  async function expectRefused(timestamp: number) {
    const id = uniqueId('ts');
    const res = await timed(commandBody('help', fake.responseUrl(id)), { contentType: FORM, timestamp });
    expect(res.status).toBe(401);
    await expectAnswering();
    expect(fake.responses.some((r) => r.id === id)).toBe(false);
  }

  it('refuses a correctly signed request timestamped ten minutes in the future', async () => {
    await expectRefused(now() + 10 * 60);
  });
  it('refuses one six minutes in the future', async () => {
    await expectRefused(now() + 6 * 60);
  });
  it('still refuses a stale one (six minutes old)', async () => {
    await expectRefused(now() - 6 * 60);
  });
  it('still refuses a wrong secret, a missing signature and a non-numeric timestamp', async () => {
    for (const options of [
      { contentType: FORM, secret: 'not-the-secret' },
      { contentType: FORM, signature: null },
      { contentType: FORM, headers: { 'x-slack-request-timestamp': 'soon' }, signature: signature(SIGNING_SECRET, now(), 'x') },
    ]) {
      const id = uniqueId('sig');
      const res = await timed(commandBody('help', fake.responseUrl(id)), options);
      expect(res.status).toBe(401);
    }
  });
  it('answers one signed four minutes in the future (clock skew within five minutes)', async () => {
    const id = uniqueId('skew');
    const res = await timed(commandBody('help', fake.responseUrl(id)), { contentType: FORM, timestamp: now() + 4 * 60 });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, 'the answer');
  });
});

describe('requestProblem', () => {
  it('accepts the shapes Slack sends', () => {
    expect(requestProblem({ type: 'event_callback', event: { type: 'app_mention' } })).toBeUndefined();
    expect(requestProblem({ command: '/ask', text: '' })).toBeUndefined();
    expect(requestProblem({ type: 'block_actions', actions: [] })).toBeUndefined();
    expect(requestProblem({ type: 'url_verification', challenge: 'x' })).toBeUndefined();
    expect(requestProblem({ ssl_check: '1' })).toBeUndefined();
  });
});
