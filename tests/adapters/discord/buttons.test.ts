/**
 * End to end, offline: follow-ups, the buttons under an answer ("Why this answer?", "More", 👍, 👎)
 * and /why, through the real discord.js Client against the fake Discord, with the questions log
 * written to a temporary file.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../adapters/discord/buttons.js';
import { formatAnswer } from '../../../adapters/discord/format.js';
import { formatMore, formatWhy } from '../../../adapters/discord/why.js';
import { QaLog } from '../../../adapters/shared/qa-log.js';
import { createSession } from '../../../adapters/shared/session.js';
import { BOILING, core, mention, MINISTER, NO_PINGS, real } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

const logFile = join(mkdtempSync(join(tmpdir(), 'qa-discord-')), 'qa.log');
let h: Harness;
beforeAll(async () => {
  const log = new QaLog({ file: logFile, salt: 'test-salt' });
  h = await startBot(core, { session: createSession({ core, via: 'discord', log }) });
});
afterAll(async () => {
  await h?.stop();
});

const records = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const idsOf = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));

/** Asks in the guild channel by mention and returns the reply's body. */
async function askByMention(text: string, user = newUser()): Promise<any> {
  const id = h.fake.sendMessage({ content: mention(text), author: user });
  return (await h.fake.replyTo(id)).body;
}

/** Presses a button and returns the interaction callback's data. */
async function press(customId: string, user = newUser()): Promise<any> {
  const { id } = h.fake.sendComponent({ customId, user });
  const callback = await h.fake.callbackFor(id);
  expect(callback.status).toBe(204);
  expect(callback.body.type).toBe(4);
  return callback.body.data;
}

describe('custom ids', () => {
  it('round-trip, and reject anything that is not ours', () => {
    const owner = '123456789012345678';
    for (const action of [{ kind: 'why', turnId: 'abc12' }, { kind: 'more', turnId: 'abc12', rank: 3 }, { kind: 'bad', turnId: 'x' }, { kind: 'more', turnId: 'abc12', rank: 3, owner }, { kind: 'good', turnId: 'x', owner }] as const) {
      expect(decodeButton(encodeButton(action))).toEqual(action);
    }
    for (const id of ['qa:why', 'qa:more:abc', 'qa:why:abc:2', 'other:why:abc', 'qa:why:ABC!']) expect(decodeButton(id)).toBeUndefined();
  });
});

describe('answers in a channel conversation', () => {
  let turnButtons: string[] = [];
  const asker = newUser();

  it('an answer carries Why / More / 👍 / 👎 buttons; a follow-up says how it was read', async () => {
    const first = await askByMention(MINISTER, asker);
    expect(first.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(first.allowed_mentions).toEqual(NO_PINGS);
    expect(first.components[0].components.map((b: any) => b.label)).toEqual(['Why this answer?', 'More', '👍', '👎']);

    const followUp = await askByMention('What did he say about sanctions?', asker);
    const expected = real.ask('What did Sergey V. Lavrov say about sanctions?');
    expect(followUp.content).toBe(formatAnswer({ ...expected, readAs: 'reading "he" as Sergey V. Lavrov' }));
    expect(followUp.content.split('\n')[0]).toBe('_(reading "he" as Sergey V. Lavrov)_');
    turnButtons = idsOf(followUp);
    expect(turnButtons.map((id) => decodeButton(id)?.kind)).toEqual(['why', 'more', 'good', 'bad']);
  });

  it('"Why this answer?" shows the top three passages of the standalone question, privately', async () => {
    const data = await press(turnButtons[0]!);
    expect(data.content).toBe(formatWhy(real.explain('What did Sergey V. Lavrov say about sanctions?', 3)));
    expect(data.flags & 64).toBe(64);
    expect(data.content.length).toBeLessThanOrEqual(2000);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
  });

  it('"More" shows the next-best passage with a button for the one after', async () => {
    const data = await press(turnButtons[1]!);
    const answer = real.ask('What did Sergey V. Lavrov say about sanctions?');
    const next = real.explain(answer.question, 2).passages.filter((p) => p.passage !== answer.passage)[0]!;
    expect(data.content).toBe(formatMore(next, 1));
    expect(decodeButton(idsOf(data)[0]!)).toMatchObject({ kind: 'more', rank: 2 });
    const after = await press(idsOf(data)[0]!);
    expect(after.content).not.toBe(data.content);
  });

  it('👍 and 👎 are thanked privately and logged with question, answer, article and a hashed user', async () => {
    const user = newUser();
    const good = await press(turnButtons[2]!, user);
    const bad = await press(turnButtons[3]!, user);
    expect(good.content).toBe('Thanks for the feedback.');
    expect(bad.flags & 64).toBe(64);
    const feedback = records().filter((r) => r.kind === 'feedback');
    expect(feedback.map((r) => r.rating)).toEqual(['good', 'bad']);
    expect(feedback[1]).toMatchObject({
      via: 'discord',
      question: 'What did he say about sanctions?',
      resolved: 'What did Sergey V. Lavrov say about sanctions?',
      answer: real.ask('What did Sergey V. Lavrov say about sanctions?').answer,
      article: real.about()[0]!.title,
    });
    expect(feedback[1].user).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(feedback)).not.toContain(user.id);
  });

  it('/why explains your own last answer in the channel, not somebody else\'s', async () => {
    const { id } = h.fake.sendInteraction({ command: 'why', user: asker });
    const { body } = await h.fake.callbackFor(id);
    expect(body.data.content).toBe(formatWhy(real.explain('What did Sergey V. Lavrov say about sanctions?', 3)));
    expect(body.data.flags & 64).toBe(64);
    const other = h.fake.sendInteraction({ command: 'why', user: newUser() });
    expect((await h.fake.callbackFor(other.id)).body.data.content).toMatch(/^Ask a question first/);
  });

  it('privacy: another user\'s follow-up in the same channel is not resolved against the first user\'s question', async () => {
    const someoneElse = newUser();
    const reply = await askByMention('What did he say about sanctions?', someoneElse);
    expect(reply.content).not.toContain('Lavrov');
    expect(reply.content).not.toContain('reading "he"');
  });

  it('an abstention has no buttons and is logged as unanswered; a new subject is not inherited', async () => {
    const reply = await askByMention(BOILING);
    expect(reply.content).toBe(formatAnswer(real.ask(BOILING)));
    expect(reply.components ?? []).toEqual([]);
    expect(records().at(-1)).toMatchObject({ kind: 'unanswered', question: BOILING, answered: false });
    expect(records().at(-1).resolved).toBeUndefined();
  });

  it('a button for an answer the bot no longer remembers says so', async () => {
    const data = await press(encodeButton({ kind: 'why', turnId: 'gone0' }));
    expect(data.content).toMatch(/^Ask a question first/);
    const bad = await press(encodeButton({ kind: 'bad', turnId: 'gone0' }));
    expect(bad.content).toMatch(/too old/);
  });

  it('a DM is its own conversation: "he" there does not see the channel', async () => {
    const user = newUser();
    const id = h.fake.sendMessage({ content: 'What did he say?', author: user, channel: 'dm' });
    const { body } = await h.fake.replyTo(id);
    expect(body.content).not.toContain('reading');
  });
});
