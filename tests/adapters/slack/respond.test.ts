/**
 * The response_url of `/ask` and of the buttons failing: one failed post is retried once and the
 * answer arrives; two failed posts end in an ephemeral notice to the user, and both are logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../adapters/slack/app.js';
import { NOT_DELIVERED } from '../../../adapters/slack/deliver.js';
import { FakeSlack } from './fake-slack.js';
import { buildBot, capturingLogger, expectCoreAnswerShown, httpConfig } from './harness.js';
import { FORM, commandBody, postSigned, uniqueId } from './requests.js';

const LAVROV_Q = 'Who is Russia’s foreign minister?';

let fake: FakeSlack;
let bot: SlackBot;
let base: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = buildBot(httpConfig(fake), logger, undefined, { retryDelayMs: 50 });
  const { port } = await bot.start({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a failing response_url', () => {
  it('one failed post: retried once, the answer arrives, the failure is logged', async () => {
    const id = uniqueId('FAILONCE');
    const ack = await postSigned(base, commandBody(LAVROV_Q, fake.responseUrl(id)), { contentType: FORM });
    expect(ack.status).toBe(200);
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === id), 5000, 'the answer on the second try');
    expectCoreAnswerShown(reply.body, LAVROV_Q);
    expect(fake.responseAttempts.get(id)).toBe(2);
    expect(lines.some((l) => l.includes('retrying once'))).toBe(true);
  });

  it('two failed posts: the user gets an ephemeral notice, and it is logged as an error', async () => {
    const id = uniqueId('FAILALL');
    await postSigned(base, commandBody(LAVROV_Q, fake.responseUrl(id), { channel_id: 'C0NOTICE', user_id: 'U0NOTICE' }), { contentType: FORM });
    const notice = await fake.waitFor(() => fake.callsTo('chat.postEphemeral').find((c) => c.body.channel === 'C0NOTICE'), 5000, 'the notice');
    expect(notice.body).toMatchObject({ user: 'U0NOTICE', text: NOT_DELIVERED });
    expect(fake.responseAttempts.get(id)).toBe(2); // once, and once more: never a third time
    const logged = lines.find((l) => l.includes('failed twice'));
    expect(JSON.parse(logged!)).toMatchObject({ level: 50, kind: 'command', channel: 'C0NOTICE' });
  });
});
