/**
 * End to end, offline: /ask and /about through the real discord.js Client and the real core,
 * against the fake Discord (which enforces Discord's interaction rules).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer, formatHelp } from '../../../adapters/discord/format.js';
import { APOLOGY, SLOW_DOWN } from '../../../adapters/shared/text.js';
import { BOILING, core, MINISTER, NO_PINGS, real } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startBot(core);
});
afterAll(async () => {
  await h?.stop();
});

describe('slash commands', () => {
  it('/ask answers through the interaction callback, publicly and without pings', async () => {
    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    const callback = await h.fake.callbackFor(id);
    expect(callback.status).toBe(204);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
    expect((callback.body.data.flags ?? 0) & 64).toBe(0);
  });

  it('/ask works in a DM too', async () => {
    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: BOILING }, user: newUser(), dm: true });
    expect((await h.fake.callbackFor(id)).body.data.content).toBe(formatAnswer(real.ask(BOILING)));
  });

  it('/ask help shows the help to the asker only', async () => {
    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: 'help' }, user: newUser() });
    const { body } = await h.fake.callbackFor(id);
    expect(body.data.content).toBe(formatHelp(real.about()));
    expect(body.data.flags & 64).toBe(64);
  });

  it('/about shows the headline', async () => {
    const { id } = h.fake.sendInteraction({ command: 'about', user: newUser() });
    const { body } = await h.fake.callbackFor(id);
    expect(body.data.content).toContain(`**${real.about()[0]!.title}**`);
  });
});
describe('rate limit', () => {
  it('answers a limited user privately with "slow down" (a command must always get a response)', async () => {
    const user = newUser();
    for (let i = 0; i < 5; i++) {
      const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user });
      expect((await h.fake.callbackFor(id)).body.data.content).toBe(formatAnswer(real.ask(MINISTER)));
    }
    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user });
    const { body } = await h.fake.callbackFor(id);
    expect(body.data.content).toBe(SLOW_DOWN);
    expect(body.data.flags & 64).toBe(64);
  });
});

describe('failures', () => {
  it('a handler that throws gets the user a private apology, and the bot carries on', async () => {
    const { id: interactionId } = h.fake.sendInteraction({ command: 'ask', options: { question: 'EXPLODE' }, user: newUser() });
    const callback = await h.fake.callbackFor(interactionId);
    expect(callback.body.data).toMatchObject({ content: APOLOGY, flags: 64 });

    const { id } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    expect((await h.fake.callbackFor(id)).body.data.content).toBe(formatAnswer(real.ask(MINISTER)));
    expect(h.logs.find((l) => l.interactionId === interactionId && l.msg === 'could not answer a command')?.error.message).toBe('boom while answering (token [redacted])');
  });

  it('a failed interaction callback is logged without the interaction token', async () => {
    const { id, token } = h.fake.sendInteraction({ command: 'ask', options: { question: MINISTER }, user: newUser() });
    const clear = h.fake.override((r) => r.path.startsWith(`/api/v10/interactions/${id}/`), 400, { message: 'Invalid Form Body', code: 50035 });
    try {
      await expect.poll(() => h.logs.some((l) => l.interactionId === id && l.msg === 'could not send the apology either')).toBe(true);
    } finally {
      clear();
    }
    const entry = h.logs.find((l) => l.interactionId === id && l.msg === 'could not answer a command');
    expect(entry?.error.url).toContain(`/interactions/${id}/[redacted]/callback`);
    expect(h.rawLogs()).not.toContain(token);
  });
});
