/**
 * HTTP mode end to end: follow-ups in a thread, the buttons under an answer (Slack block_actions,
 * signed like every request) and `/ask why` / `/ask more`, with the questions log in a temporary file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { ACTIONS, moreMessage, whyMessage } from '../../../adapters/slack/blocks.js';
import { createSlackApp } from '../../../adapters/slack/app.js';
import { QaLog } from '../../../adapters/shared/qa-log.js';
import { createSession } from '../../../adapters/shared/session.js';
import { BOT_ID, BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { capturingLogger, generousLimit, httpConfig, realCore, shownText } from './harness.js';
import { FORM, commandBody, eventBody, postSigned, uniqueId } from './requests.js';

const LAVROV_Q = "Who is Russia's foreign minister?";
const FOLLOW_UP = 'What did he say about sanctions?';
const RESOLVED = 'What did Sergey V. Lavrov say about sanctions?';

const logFile = join(mkdtempSync(join(tmpdir(), 'qa-slack-')), 'qa.log');
let fake: FakeSlack;
let bot: SlackBot;
let base: string;

beforeAll(async () => {
  fake = await FakeSlack.start();
  const session = createSession({ core: realCore(), via: 'slack', log: new QaLog({ file: logFile, salt: 'slack-test' }) });
  bot = createSlackApp({ core: realCore(), config: httpConfig(fake), logger: capturingLogger().logger, botId: BOT_ID, botUserId: BOT_USER_ID, retryConfig: { retries: 0 }, session, limiter: generousLimit() });
  base = `http://127.0.0.1:${(await bot.start({ port: 0, host: '127.0.0.1' })).port}`;
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const records = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

/** Mentions the bot in thread `thread` and returns the answer posted there. */
async function mentionInThread(text: string, thread: string, ts: string): Promise<Record<string, any>> {
  const before = fake.callsTo('chat.postMessage').length;
  await postSigned(base, eventBody({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts, thread_ts: thread, channel: 'C0GENERAL', event_ts: ts }));
  const post = await fake.waitFor(() => fake.callsTo('chat.postMessage').slice(before).find((c) => c.body.thread_ts === thread), 3000, 'the thread reply');
  return post.body;
}

/** Clicks a button of `message` (by action id) and returns what the bot sent to the response_url. */
async function click(message: Record<string, any>, actionId: string, user = 'U0CLICKER'): Promise<Record<string, any>> {
  const action = (message.blocks as any[]).flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e: any) => e.action_id === actionId);
  expect(action, `a ${actionId} button`).toBeDefined();
  const id = uniqueId('act');
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'clicker', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: 'C0GENERAL', name: 'general' },
    container: { type: 'message', message_ts: '1700001000.000100', channel_id: 'C0GENERAL', is_ephemeral: false },
    trigger_id: uniqueId('trig'),
    response_url: fake.responseUrl(id),
    message: { type: 'message', ts: '1700001000.000100', text: message.text, blocks: message.blocks },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: action.value, text: action.text, action_ts: '1700001001.000100' }],
  };
  const res = await postSigned(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
  expect(res.status).toBe(200);
  return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, `the ${actionId} response`)).body;
}

describe('a thread is a conversation', () => {
  const thread = '1700001000.000100';
  let answer: Record<string, any>;

  it('answers a follow-up as the standalone question, says how it read it, and adds the four buttons', async () => {
    await mentionInThread(LAVROV_Q, thread, thread);
    answer = await mentionInThread(FOLLOW_UP, thread, '1700001002.000100');
    expect(shownText(answer)).toContain('_(reading "he" as Sergey V. Lavrov)_');
    expect(shownText(answer)).toContain(realCore().ask(RESOLVED).answer.slice(0, 40));
    const actions = answer.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.text.text)).toEqual(['Why this answer?', 'More', '👍', '👎']);
  });

  it('"Why this answer?" responds privately with the top three passages of the standalone question', async () => {
    const reply = await click(answer, ACTIONS.why);
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(reply.blocks).toEqual(whyMessage(realCore().explain(RESOLVED, 3)).blocks);
    expect(reply.blocks).toHaveLength(4);
  });

  it('"More" shows the next-best passage with a More button for the one after', async () => {
    const reply = await click(answer, ACTIONS.more);
    const quoted = realCore().ask(RESOLVED).passage;
    const next = realCore().explain(RESOLVED, 2).passages.filter((p) => p.passage !== quoted)[0]!;
    const value = JSON.parse(answer.blocks.find((b: any) => b.type === 'actions').elements[0].value);
    expect(reply.blocks).toEqual(moreMessage(next, { ...value, r: 1 }).blocks);
    const again = await click(reply, ACTIONS.more);
    expect(shownText(again)).toContain('Next best (3)');
  });

  it('👎 is thanked and logged with the question, answer, article and a hashed user id', async () => {
    const reply = await click(answer, ACTIONS.bad, 'U0UNHAPPY');
    expect(reply.text).toMatch(/^Thanks/);
    const last = records().at(-1);
    expect(last).toMatchObject({ kind: 'feedback', rating: 'bad', via: 'slack', question: FOLLOW_UP, resolved: RESOLVED, article: realCore().about()[0]!.title });
    expect(last.user).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(logFile, 'utf8')).not.toContain('U0UNHAPPY');
    expect(readFileSync(logFile, 'utf8')).not.toContain(fake.botToken);
  });

  it('a button with a value that is not ours is acknowledged and ignored', async () => {
    const bogus = { ...answer, blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: ACTIONS.why, value: 'not json', text: { type: 'plain_text', text: 'x' } }] }] };
    const id = uniqueId('act');
    const payload = { type: 'block_actions', user: { id: 'U0X' }, team: { id: 'T0FAKE' }, api_app_id: 'A0FAKE', response_url: fake.responseUrl(id), trigger_id: 't', actions: [{ type: 'button', action_id: ACTIONS.why, block_id: 'b', value: bogus.blocks[0]!.elements[0]!.value, action_ts: '1' }] };
    const res = await postSigned(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.responses.some((r) => r.id === id)).toBe(false);
  });
});

describe('/ask why and /ask more', () => {
  async function ask(text: string, user = 'U0CMD') {
    const id = uniqueId('resp');
    await postSigned(base, commandBody(text, fake.responseUrl(id), { user_id: user }), { contentType: FORM });
    return (await fake.waitFor(() => fake.responses.find((r) => r.id === id), 3000, 'reply')).body;
  }

  it('explain the asker\'s last /ask answer; "Why?" with a question mark is a follow-up instead', async () => {
    await ask('Who met Lavrov?');
    expect((await ask('why')).blocks).toEqual(whyMessage(realCore().explain('Who met Lavrov?', 3)).blocks);
    expect(shownText(await ask('more'))).toContain('Next best (2)');
    const followUp = await ask('Why?');
    expect(shownText(followUp)).toContain('reading "Why?" as "Why did Clinton meet Lavrov?"');
  });

  it('another user in the same channel has a conversation of their own', async () => {
    expect(shownText(await ask('why', 'U0SOMEONEELSE'))).toContain('Ask a question first');
  });

  it('an abstention is logged as unanswered', async () => {
    await ask('What is the airspeed of an unladen swallow?');
    expect(records().at(-1)).toMatchObject({ kind: 'unanswered', via: 'slack', question: 'What is the airspeed of an unladen swallow?' });
  });

  it("another person's mention in a logged question is stored hashed, not as their user id", async () => {
    await ask('cc <@U0OTHERPERSON> what is the airspeed of an unladen swallow?');
    const last = records().at(-1);
    expect(last.question).toMatch(/^cc <@user:[0-9a-f]{16}> what is the airspeed/);
    expect(readFileSync(logFile, 'utf8')).not.toContain('U0OTHERPERSON');
  });
});
