import { describe, expect, it } from 'vitest';
import { formatAnswer, formatHelp } from '../../../adapters/discord/format.js';
import { cleanQuestion, isHelpRequest, replyTo } from '../../../adapters/discord/respond.js';
import type { About, Answer, QaCore } from '../../../src/types.js';

describe('cleanQuestion', () => {
  it('removes mentions, @everyone/@here, channel links and custom emoji', () => {
    expect(cleanQuestion('<@123456789012345678> @everyone who is <@!1234> Lavrov <@&99> in <#42>? <:wave:123> @here')).toBe('who is Lavrov in ?');
  });

  it('keeps an @ that is not a ping', () => {
    expect(cleanQuestion('what did mail@here.com say about @everyoneelse?')).toBe('what did mail@here.com say about @everyoneelse?');
  });
});

describe('isHelpRequest', () => {
  it.each(['', '  ', 'help', 'HELP', '/help', 'help?', '?'])('%j asks for help', (text) => expect(isHelpRequest(text)).toBe(true));
  it.each(['help me find Lavrov', 'who helped?', 'helpful?'])('%j is a question', (text) => expect(isHelpRequest(text)).toBe(false));
});

describe('replyTo', () => {
  const about: About[] = [{ articleId: 'a.txt', title: 'Headline', lead: 'Lead.', examples: ['Q1?', 'Q2?', 'Q3?'] }];
  const asked: string[] = [];
  const core: QaCore = {
    ask(question): Answer {
      asked.push(question);
      return { question, answered: true, answer: 'Lavrov', passage: 'Lavrov said so.', paragraph: 2, article: 'Headline', articleId: 'a.txt', confidence: 0.9, confidenceLabel: 'high' };
    },
    explain: (question) => ({ question, passages: [] }),
    about: () => about,
    names: () => [],
  };

  it('asks the core the cleaned question and formats its answer', () => {
    const reply = replyTo(core, '@everyone  who is the minister? <@&1>');
    expect(asked.at(-1)).toBe('who is the minister?');
    expect(reply).toEqual({ kind: 'answer', content: formatAnswer(core.ask('who is the minister?')) });
  });

  it('answers a bare mention with help, without asking the core', () => {
    const before = asked.length;
    expect(replyTo(core, '@here')).toEqual({ kind: 'help', content: formatHelp(about) });
    expect(asked.length).toBe(before);
  });
});
