import { describe, expect, it } from 'vitest';
import { MAX_SECTION_TEXT, answerMessage, apologyMessage, helpMessage, splitEscaped, whyMessage } from '../../../adapters/slack/blocks.js';
import { APOLOGY, notInArticle } from '../../../adapters/shared/text.js';
import { escapeMrkdwn } from '../../../adapters/slack/escape.js';
import type { About, Answer } from '../../../src/types.js';
import { blocksProblem } from './fake-slack.js';

const answered: Answer = {
  question: 'Who is Russia’s foreign minister?',
  answered: true,
  answer: 'Sergey V. Lavrov',
  passage: 'The minister, Sergey V. Lavrov, said after meeting with Secretary of State Hillary Rodham Clinton here.',
  paragraph: 2,
  article: 'Russia Resists U.S. Position on Sanctions for Iran',
  articleId: 'russia.txt',
  confidence: 0.9,
  confidenceLabel: 'high',
};

const notAnswered: Answer = {
  question: 'What is the capital of France?',
  answered: false,
  answer: '',
  passage: '',
  paragraph: 0,
  article: '',
  articleId: '',
  confidence: 0,
  confidenceLabel: 'low',
  reason: 'No passage mentions a capital of France.',
};

const texts = (blocks: unknown[]): string[] =>
  (blocks as Array<Record<string, any>>).flatMap((b) => (b.type === 'section' ? [b.text.text] : b.elements.map((e: { text: string }) => e.text)));

describe('answerMessage', () => {
  it('shows the answer, the quoted passage and "paragraph N of <headline>", with a text fallback', () => {
    const { text, blocks } = answerMessage(answered);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
    const [first, quote, source] = texts(blocks);
    expect(first).toBe('*Sergey V. Lavrov*');
    expect(quote).toBe(`> ${answered.passage}`);
    expect(source).toBe('paragraph 2 of _Russia Resists U.S. Position on Sanctions for Iran_');
    expect(text).toContain('Sergey V. Lavrov');
    expect(text).toContain('paragraph 2');
    expect(blocksProblem(blocks)).toBeUndefined();
  });

  it('echoes the question first when asked to, escaped', () => {
    const { blocks } = answerMessage(answered, { question: '<!channel> who is <b>&?' });
    expect(texts(blocks)[0]).toBe('*Q:* &lt;!channel&gt; who is &lt;b&gt;&amp;?');
  });

  it('never holds a plain @everyone, @here or @channel: not in the echo, the reason or the answer (issue 20, finding 8)', () => {
    const reason = notInArticle('it never mentions @channel or @Everyone');
    const messages = [
      answerMessage({ ...notAnswered, reason: 'it never mentions @channel or @Everyone' }, { question: '@here who is @channel?' }),
      answerMessage({ ...answered, answer: 'ask @here', passage: 'said @everyone' }, { question: 'x'.repeat(4000) + ' @channel' }),
    ];
    for (const { text, blocks } of messages) expect([text, ...texts(blocks)].join('\n')).not.toMatch(/@(everyone|here|channel)/i);
    expect(reason).toContain('@channel'); // the shared wording is plain; only the Slack layout defuses it
  });

  it('escapes article text in the answer, passage, headline and fallback', () => {
    const nasty: Answer = { ...answered, answer: 'A <!here> & B', passage: 'Said <!everyone> & <@U1>.', article: 'X <b> & Y' };
    const { text, blocks } = answerMessage(nasty);
    const all = [text, ...texts(blocks)].join('\n');
    expect(all).not.toMatch(/<[!@]/);
    expect(all).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(all).toContain('A &lt;!here&gt; &amp; B');
    expect(all).toContain('X &lt;b&gt; &amp; Y');
  });

  it('says plainly when the article does not say, with the reason', () => {
    const { text, blocks } = answerMessage(notAnswered);
    expect(text).toBe(notInArticle(notAnswered.reason));
    expect(text).toMatch(/^The article doesn't say\b.*capital of France/);
    expect(texts(blocks)).toEqual([text]);
    const withMarkup = answerMessage({ ...notAnswered, reason: 'it never mentions "<!here>" & co' });
    expect(withMarkup.text).toBe(escapeMrkdwn(notInArticle('it never mentions "<!here>" & co')));
    expect(withMarkup.text).not.toContain('<!here>');
  });

  it('shortens a long quote to fit 3,000 characters but keeps the whole answer', () => {
    const long: Answer = { ...answered, answer: 'x&'.repeat(400), passage: '<b>&'.repeat(2000) };
    const { blocks } = answerMessage(long);
    expect(blocksProblem(blocks)).toBeUndefined();
    const [first, quote] = texts(blocks);
    expect(first === `*${'x&amp;'.repeat(400)}*`).toBe(true);
    expect(quote!.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(quote!.length).toBeGreaterThan(2900);
    expect(quote!.endsWith('…')).toBe(true);
  });

  it('splits an answer longer than a section across sections instead of cutting it', () => {
    const answer = 'word& '.repeat(1000); // 10,000 characters once escaped
    const { blocks } = answerMessage({ ...answered, answer });
    expect(blocksProblem(blocks)).toBeUndefined();
    const sections = texts(blocks).slice(0, -3); // minus the quote and the two context elements
    expect(sections.length).toBe(4);
    expect(sections.join('') === answer.replace(/&/g, '&amp;')).toBe(true);
  });
});

describe('splitEscaped', () => {
  it('never cuts inside an entity', () => {
    const escaped = 'a'.repeat(2998) + '&amp;' + 'b'.repeat(10);
    const pieces = splitEscaped(escaped);
    expect(pieces.join('')).toBe(escaped);
    expect(pieces[0]).toBe('a'.repeat(2998));
  });
});

describe('helpMessage', () => {
  const about: About[] = [
    { articleId: 'a.txt', title: 'Headline <b>', lead: 'Lead.', examples: ['Who is <!channel>?', 'Q2?', 'Q3?', 'Q4?'] },
  ];
  it('explains usage with the first three example questions, escaped', () => {
    const { text, blocks } = helpMessage(about);
    const all = texts(blocks).join('\n');
    expect(all).toContain('`/ask &lt;question&gt;`');
    expect(all).toContain('• `/ask Who is &lt;!channel&gt;?`');
    expect(all).toContain('• `/ask Q3?`');
    expect(all).not.toContain('Q4?');
    expect(all).toContain('Headline &lt;b&gt;');
    expect(text).not.toMatch(/<[!b]/);
    expect(blocksProblem(blocks)).toBeUndefined();
  });
});

describe('apologyMessage', () => {
  it('is the short shared apology', () => {
    expect(apologyMessage().text).toBe(APOLOGY);
  });
});

describe('replies that are not quoted answers', () => {
  it('a summary or a people list is its own escaped text, with no quote, source or buttons', () => {
    const m = answerMessage({ ...answered, kind: 'people', answer: 'People in "A <b> & B":\n• Lavrov (paragraph 2)', passage: '', paragraph: 0 }, { turn: { c: 'c', t: 't' } });
    expect(blocksProblem(m.blocks)).toBeUndefined();
    const texts = JSON.stringify(m.blocks);
    expect(texts).toContain('A &lt;b&gt; &amp; B');
    expect(texts).not.toMatch(/paragraph 0 of|"actions"/);
  });
  it('long replies are split across sections within the limit', () => {
    const m = answerMessage({ ...answered, kind: 'summary', answer: 'word '.repeat(1500), passage: '' });
    expect(blocksProblem(m.blocks)).toBeUndefined();
  });
});

describe('a section title (issue 18, item 5)', () => {
  it('stands after the paragraph number in the source line and the fallback text', () => {
    const { text, blocks } = answerMessage({ ...answered, section: 'Opening hours' });
    expect(texts(blocks)).toContain('paragraph 2 (§ Opening hours) of _Russia Resists U.S. Position on Sanctions for Iran_');
    expect(text).toContain('(paragraph 2 (§ Opening hours) of Russia Resists');
    const sentence = answerMessage({ ...answered, section: 'Opening hours', form: 'sentence', highlight: 'Sergey V. Lavrov' });
    expect(texts(sentence.blocks).some((t) => t.startsWith('paragraph 2 (§ Opening hours) of'))).toBe(true);
  });

  it('is escaped: &, <, > as entities, broadcasts defused, never a mention', () => {
    const { text, blocks } = answerMessage({ ...answered, section: 'Prices & <!channel> <@U1> @here' });
    const all = [text, ...texts(blocks)].join('\n');
    expect(all).toContain('(§ Prices &amp; &lt;!channel&gt; &lt;@U1&gt; @\u200bhere)');
    expect(all).not.toMatch(/<[!@]|@(everyone|here|channel)/);
    expect(all).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(blocksProblem(blocks)).toBeUndefined();
  });

  it("is on /why's passages too, escaped", () => {
    const passage = { passage: 'An adult ticket costs $4.', paragraph: 3, section: 'Prices & <@U1>', article: 'Pool', articleId: 'pool.md', score: 1, entities: [], keywords: ['ticket'] };
    const { blocks } = whyMessage({ question: 'How much is a ticket?', passages: [passage, { ...passage, section: undefined }] });
    expect(texts(blocks)[1]).toContain('· paragraph 3 (§ Prices &amp; &lt;@U1&gt;) of _Pool_');
    expect(texts(blocks)[2]).toContain('· paragraph 3 of _Pool_');
  });

  it('is not there when the answer has none', () => {
    const { text, blocks } = answerMessage(answered);
    expect([text, ...texts(blocks)].join('\n')).not.toContain('§');
  });
});
