/**
 * End to end, offline: an answer quoted from under a Markdown section title, through the real
 * discord.js Client against the fake Discord. The title is article text: escaped, and the reply
 * still pings no one (issue 18, item 5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../adapters/discord/format.js';
import { formatWhy } from '../../../adapters/discord/why.js';
import { createCore } from '../../../src/index.js';
import { mention, NO_PINGS } from './fixtures.js';
import { newUser, startBot, type Harness } from './harness.js';

/** A small article whose second section title tries to ping. */
const ARTICLE = '# Riverside Pool Reopens\n\nThe Riverside pool reopened on Tuesday.\n\n## Opening hours\n\nThe pool opens at 7 a.m. on weekdays.\n\n## Prices & <@123> @everyone\n\nAn adult ticket costs $4.\n';
const core = createCore([{ id: 'pool.md', text: ARTICLE }]);

let h: Harness;
beforeAll(async () => {
  h = await startBot(core);
});
afterAll(async () => {
  await h?.stop();
});

describe('a reply quoting a section', () => {
  it('names the section after the paragraph number', async () => {
    const q = 'When does the pool open on weekdays?';
    const reply = await h.fake.replyTo(h.fake.sendMessage({ content: mention(q), author: newUser() }));
    expect(reply.body.content).toBe(formatAnswer(core.ask(q)));
    expect(reply.body.content).toContain('\n— paragraph 2 (§ Opening hours) of *Riverside Pool Reopens*');
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('escapes a title that holds a mention or a broadcast, and pings no one', async () => {
    const q = 'How much is an adult ticket?';
    expect(core.ask(q).section).toBe('Prices & <@123> @everyone');
    const reply = await h.fake.replyTo(h.fake.sendMessage({ content: mention(q), author: newUser() }));
    expect(reply.body.content).toContain('(§ Prices & \\<@123\\> @\u200beveryone)');
    expect(reply.body.content).not.toMatch(/(?<!\\)<@|@(everyone|here)/);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });
});

describe("/why's passages", () => {
  it('name their section, escaped', () => {
    const text = formatWhy(core.explain('How much is an adult ticket?', 2));
    expect(text).toContain('**1.** score');
    expect(text).toMatch(/\*\*1\.\*\* score [\d.]+ · paragraph 3 \(§ Prices & \\<@123\\> @\u200beveryone\)\n> An adult ticket costs \$4\./);
  });
});
