/**
 * End to end, offline: mentions and DMs through the real discord.js Client and the real core,
 * against the fake Discord. Assertions are on what reaches the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText, formatAnswer, formatHelp } from '../../../adapters/discord/format.js';
import { APOLOGY, SLOW_DOWN } from '../../../adapters/shared/text.js';
import { BOT_ID, BOT_ROLE_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID } from './fake-discord.js';
import { BOILING, core, mention, MINISTER, NO_PINGS, real } from './fixtures.js';
import { newUser, startBot, TOKEN, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startBot(core);
});
afterAll(async () => {
  await h?.stop();
});

describe('mentions and DMs', () => {
  it('answers a mention in a guild channel with a reply that pings no one', async () => {
    const expected = real.ask(MINISTER);
    expect(expected.answered).toBe(true);
    const id = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    const reply = await h.fake.replyTo(id);
    expect(reply.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(reply.status).toBe(200);
    expect(reply.body.content).toBe(formatAnswer(expected));
    expect(reply.body.content).toMatch(/^\*\*.+\*\*\n> .+\n— paragraph \d+ of \*.+\*$/);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.body.message_reference).toMatchObject({ message_id: id });
  });

  it("answers a mention of the bot's managed role like a mention of the bot", async () => {
    const id = h.fake.sendMessage({ content: `<@&${BOT_ROLE_ID}> ${MINISTER}`, author: newUser() });
    expect((await h.fake.replyTo(id)).body.content).toBe(formatAnswer(real.ask(MINISTER)));
  });

  it('answers a DM without a mention, as a reply in the DM channel', async () => {
    const id = h.fake.sendMessage({ content: MINISTER, author: newUser(), channel: 'dm' });
    const reply = await h.fake.replyTo(id);
    expect(reply.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('says plainly when the article does not say, and suggests /about', async () => {
    const expected = real.ask(BOILING);
    expect(expected.answered).toBe(false);
    const id = h.fake.sendMessage({ content: mention(BOILING), author: newUser() });
    const { body } = await h.fake.replyTo(id);
    expect(body.content).toBe(formatAnswer(expected));
    expect(body.content.startsWith("The article doesn't say")).toBe(true);
    expect(body.content).toContain('`/about`');
  });

  it('answers an empty mention with help and three example questions from the article', async () => {
    const id = h.fake.sendMessage({ content: `<@!${BOT_ID}>`, author: newUser() });
    const { body } = await h.fake.replyTo(id);
    const examples = real.about()[0]!.examples.slice(0, 3);
    expect(examples).toHaveLength(3);
    expect(body.content).toBe(formatHelp(real.about()));
    expect(body.content.match(/^• /gm)).toHaveLength(3);
  });

  it('never pings for "@everyone" or a role in a question, and asks the core without them', async () => {
    const id = h.fake.sendMessage({ content: mention(`@everyone <@&${GUILD_ID}> ${MINISTER} @here`), author: newUser() });
    const reply = await h.fake.replyTo(id);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.body.content).toBe(formatAnswer(real.ask(MINISTER)));

    // Text the core echoes back is cleaned and escaped too.
    const echoId = h.fake.sendMessage({ content: mention(`ECHO <@${BOT_ID}> @everyone is *this* ${MINISTER}`), author: newUser() });
    const echoed = (await h.fake.replyTo(echoId)).body;
    expect(echoed.allowed_mentions).toEqual(NO_PINGS);
    expect(echoed.content).toContain(`"ECHO is \\*this\\* ${MINISTER}"`);
    expect(echoed.content).not.toMatch(/@(everyone|here)/);
  });

  it('answers a 5,000-character question within the 2,000-character limit', async () => {
    const question = `${MINISTER} ${'Please answer carefully. '.repeat(200)}`.slice(0, 5000);
    expect(question).toHaveLength(5000);
    const id = h.fake.sendMessage({ content: mention(question), author: newUser() });
    const reply = await h.fake.replyTo(id);
    expect(reply.status).toBe(200);
    expect(reply.body.content.length).toBeLessThanOrEqual(2000);
    expect(reply.body.content).toBe(formatAnswer(real.ask(question)));
  });

  it('shortens a quote that would break the limit, keeping the answer (the fake rejects > 2,000 with 50035)', async () => {
    const id = h.fake.sendMessage({ content: mention(`LONGPASSAGE ${MINISTER}`), author: newUser() });
    const reply = await h.fake.replyTo(id);
    expect(reply.status).toBe(200);
    expect(reply.body.content.length).toBeLessThanOrEqual(2000);
    expect(reply.body.content.startsWith(`**${escapeText(real.ask(MINISTER).answer)}**`)).toBe(true);
    expect(reply.body.content).toContain('…\n— paragraph');

    const tooLong = await fetch(`${h.fake.apiUrl}/v10/channels/${CHANNEL_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'x'.repeat(2001) }),
    });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { code: number }).code).toBe(50035);
  });

  it("ignores its own messages, other bots', webhooks' and messages that do not mention it", async () => {
    const ignored = [
      h.fake.sendMessage({ content: mention(MINISTER), author: { id: BOT_ID, bot: true } }),
      h.fake.sendMessage({ content: mention(MINISTER), author: { ...newUser(), bot: true } }),
      h.fake.sendMessage({ content: mention(MINISTER), author: { ...newUser(), bot: true }, webhookId: '970000000000000001' }),
      h.fake.sendMessage({ content: MINISTER, author: newUser() }),
      h.fake.sendMessage({ content: `<@${OTHER_CHANNEL_ID}> ${MINISTER}`, author: newUser() }),
    ];
    // Events are handled in order: once a later message is answered, the earlier ones were seen.
    const sentinel = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    await h.fake.replyTo(sentinel);
    for (const id of ignored) expect(h.fake.repliesTo(id)).toEqual([]);
  });
});
describe('rate limit', () => {
  it('answers 5 questions per user in 10 s, then one "slow down", then nothing, while others are served', async () => {
    const user = newUser();
    const ids = Array.from({ length: 7 }, () => h.fake.sendMessage({ content: mention(MINISTER), author: user }));
    const replies = await Promise.all(ids.slice(0, 6).map((id) => h.fake.replyTo(id)));
    expect(replies.slice(0, 5).map((r) => r.body.content)).toEqual(Array(5).fill(formatAnswer(real.ask(MINISTER))));
    expect(replies[5]!.body.content).toBe(SLOW_DOWN);

    const other = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    expect((await h.fake.replyTo(other)).body.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(h.fake.repliesTo(ids[6]!)).toEqual([]);
  });
});

describe('failures', () => {
  it('a handler that throws gets the user an apology, is logged with context, and the bot carries on', async () => {
    const user = newUser();
    const id = h.fake.sendMessage({ content: mention('EXPLODE'), author: user });
    const reply = await h.fake.replyTo(id);
    expect(reply.body.content).toBe(APOLOGY);
    const entry = h.logs.find((l) => l.messageId === id && l.msg === 'could not answer a message');
    expect(entry).toMatchObject({ level: 50, userId: user.id, channelId: CHANNEL_ID, guildId: GUILD_ID, error: { type: 'Error' } });
    expect(entry!.error.message).toBe('boom while answering (token [redacted])');

    const next = h.fake.sendMessage({ content: mention(MINISTER), author: newUser() });
    expect((await h.fake.replyTo(next)).body.content).toBe(formatAnswer(real.ask(MINISTER)));
  });
});

describe('DISCORD_CHANNELS', () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startBot(core, { channels: [CHANNEL_ID] });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers mentions only in the listed channels; DMs and /ask work everywhere', async () => {
    const outside = limited.fake.sendMessage({ content: mention(MINISTER), author: newUser(), channel: OTHER_CHANNEL_ID });
    const dm = limited.fake.sendMessage({ content: MINISTER, author: newUser(), channel: 'dm' });
    const inside = limited.fake.sendMessage({ content: mention(MINISTER), author: newUser(), channel: CHANNEL_ID });
    await limited.fake.replyTo(dm);
    await limited.fake.replyTo(inside);
    expect(limited.fake.repliesTo(outside)).toEqual([]);
    const { id } = limited.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    expect((await limited.fake.callbackFor(id)).body.data.content).toBe(formatAnswer(real.ask(MINISTER)));
  });
});
