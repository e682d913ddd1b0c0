import { describe, expect, it } from 'vitest';
import { escapeText, fitEscaped, formatAbout, formatAnswer, formatHelp, formatNotAnswered, MESSAGE_LIMIT, shorten } from '../../../adapters/discord/format.js';
import { MAX_SECTION_TITLE, notInArticle } from '../../../adapters/shared/text.js';
import type { About, Answer } from '../../../src/types.js';

const HEADLINE = 'Russia Resists U.S. Position on Sanctions for Iran';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "Who is Russia's foreign minister?",
    answered: true,
    answer: 'Sergey V. Lavrov',
    passage: 'The minister, Sergey V. Lavrov, said after meeting with Secretary of State Hillary Rodham Clinton here that diplomacy should be given a chance to work.',
    paragraph: 2,
    article: HEADLINE,
    articleId: 'russia.txt',
    confidence: 0.9,
    confidenceLabel: 'high',
    ...overrides,
  };
}

const about: About[] = [
  {
    articleId: 'russia.txt',
    title: HEADLINE,
    dateline: 'MOSCOW',
    lead: 'MOSCOW — Denting President Obama’s hopes for a powerful ally, Russia’s foreign minister said Tuesday that sanctions would be “counterproductive.”',
    examples: ["Who is Russia's foreign minister?", 'Where did Lavrov meet Clinton?', 'What did Medvedev say about sanctions?', 'A fourth example'],
  },
];

describe('formatAnswer', () => {
  it('shows the answer in bold, the passage as a quote and where it is', () => {
    expect(formatAnswer(answer())).toBe(
      '**Sergey V. Lavrov**' +
        '\n> The minister, Sergey V. Lavrov, said after meeting with Secretary of State Hillary Rodham Clinton here that diplomacy should be given a chance to work.' +
        `\n— paragraph 2 of *${HEADLINE}*`,
    );
  });

  it('shortens a long passage to fit 2,000 characters but keeps the answer whole', () => {
    const longAnswer = 'the long answer '.repeat(30).trim();
    const text = formatAnswer(answer({ answer: longAnswer, passage: 'word '.repeat(1500) + 'END' }));
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text.length).toBeGreaterThan(MESSAGE_LIMIT - 20); // the quote uses the room there is
    expect(text.startsWith(`**${longAnswer}**\n> word word`)).toBe(true);
    expect(text).toContain('…\n— paragraph 2 of');
    expect(text).not.toContain('END');
  });

  it('keeps the limit when escaping makes the passage longer', () => {
    const text = formatAnswer(answer({ passage: '*_'.repeat(2000) }));
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    const quote = text.split('\n')[1]!;
    expect(quote.length).toBeGreaterThan(1900); // the room is used, not given up
    expect(quote).toMatch(/…$/);
    // Shortened before escaping: every * and _ keeps its backslash, and no backslash is left dangling.
    expect(quote.slice(2, -1)).toMatch(/^(\\[*_])+$/);
  });

  it('drops the quote when it only repeats the answer', () => {
    const text = formatAnswer(answer({ answer: 'Diplomacy should be given a chance.', passage: 'Diplomacy should be given a chance' }));
    expect(text).not.toContain('\n>');
  });

  it('flags low confidence', () => {
    expect(formatAnswer(answer({ confidenceLabel: 'low', confidence: 0.2 }))).toContain('**Sergey V. Lavrov** _(low confidence)_');
    expect(formatAnswer(answer())).not.toContain('low confidence');
  });

  it('escapes markdown and pings in everything it echoes', () => {
    const text = formatAnswer(answer({ answer: '@everyone *bold* <@123>', passage: '`code` ||spoiler|| @here [link](http://x)' }));
    expect(text).toContain('@\u200beveryone \\*bold\\* \\<@123\\>');
    expect(text).toContain('\\`code\\` \\|\\|spoiler\\|\\| @\u200bhere \\[link\\](http://x)');
    expect(text).not.toMatch(/@(everyone|here)/);
  });

  it('says plainly when the article does not answer, with the reason, and suggests /about', () => {
    const reason = 'it never mentions "boiling"';
    const text = formatAnswer(answer({ answered: false, answer: '', passage: '', paragraph: 0, article: '', reason }));
    expect(text).toBe(`${notInArticle(reason)}\nTry \`/about\` to see what the article covers.`);
    expect(text).toContain(reason);
  });

  it('keeps a not-answered reply that echoes a huge question within the limit, without pings', () => {
    const text = formatNotAnswered(`No answer for "@everyone ${'x'.repeat(5000)}"`);
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text).toContain('@\u200beveryone');
    expect(text.endsWith('Try `/about` to see what the article covers.')).toBe(true);
  });
});

describe('formatHelp', () => {
  it('explains what the bot does and lists exactly three example questions', () => {
    const text = formatHelp(about);
    expect(text).toContain(`"${HEADLINE}"`);
    expect(text).toContain('`/ask`');
    expect(text).toContain("• Who is Russia's foreign minister?\n• Where did Lavrov meet Clinton?\n• What did Medvedev say about sanctions?");
    expect(text).not.toContain('A fourth example');
  });

  it('fits the limit even with absurd examples', () => {
    const text = formatHelp([{ ...about[0]!, examples: ['q'.repeat(3000), 'r'.repeat(3000), 's'.repeat(3000)] }]);
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text.match(/^• /gm)).toHaveLength(3);
  });
});

describe('formatAbout', () => {
  it('shows the headline, dateline and lead', () => {
    expect(formatAbout(about)).toBe(`**${HEADLINE}** (MOSCOW)\n> ${about[0]!.lead}`);
  });

  it('shares the limit between many articles', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...about[0]!, title: `Title ${i}`, lead: 'lead '.repeat(500) }));
    const text = formatAbout(many);
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    for (let i = 0; i < 5; i++) expect(text).toContain(`**Title ${i}**`);
  });
});

describe('helpers', () => {
  it('shorten cuts at a word boundary near the end and never splits an emoji', () => {
    expect(shorten('alpha beta gamma', 100)).toBe('alpha beta gamma');
    expect(shorten('alpha beta gamma delta', 20)).toBe('alpha beta gamma…');
    expect(shorten('ab😀cd', 4)).toBe('ab…');
  });

  it('escapeText neutralises line-start markdown', () => {
    expect(escapeText('# Title')).toBe('\\# Title');
    expect(escapeText('- item')).toBe('\\- item');
    expect(escapeText('1. first')).toBe('1\\. first');
    expect(escapeText('> quote')).toBe('\\> quote');
  });

  it('fitEscaped respects the budget after escaping', () => {
    const s = fitEscaped('_'.repeat(100), 51);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('replies that are not quoted answers', () => {
  it('a summary keeps its lines, escaped, with no quote or source line', () => {
    const text = `${HEADLINE} (MOSCOW)\n• Russia’s **foreign** minister said … (paragraph 1)\n• Lavrov met Clinton. (paragraph 2)`;
    const out = formatAnswer(answer({ kind: 'summary', answer: text, passage: '', paragraph: 0 }));
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('\\*\\*foreign\\*\\*');
    expect(out).not.toMatch(/— paragraph 0|^>/m);
  });
  it('small talk and help are their own text, within the limit', () => {
    expect(formatAnswer(answer({ kind: 'chat', answer: 'Hi! Ask me about the article.', passage: '' }))).toBe('Hi! Ask me about the article.');
    expect(formatAnswer(answer({ kind: 'people', answer: 'x\n'.repeat(3000), passage: '' })).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});

describe('a section title (issue 18, item 5)', () => {
  it('stands after the paragraph number, in the short and the sentence form', () => {
    const shown = answer({ section: 'Opening hours' });
    expect(formatAnswer(shown).split('\n').at(-1)).toBe(`— paragraph 2 (§ Opening hours) of *${HEADLINE}*`);
    expect(formatAnswer({ ...shown, form: 'sentence', highlight: 'Sergey V. Lavrov' }).split('\n').at(-1)).toBe(`— paragraph 2 (§ Opening hours) of *${HEADLINE}*`);
  });

  it('is escaped like all article text: no markdown, no mention, no broadcast', () => {
    const text = formatAnswer(answer({ section: '**Prices** <@123> @everyone\n# tickets' }));
    // One line: the "#" is mid-line there, where it is no heading.
    expect(text).toContain('(§ \\*\\*Prices\\*\\* \\<@123\\> @\u200beveryone # tickets)');
    expect(text).not.toMatch(/(?<!\\)<@|@(everyone|here)/);
  });

  it('is cut when very long, and the reply keeps the limit', () => {
    const text = formatAnswer(answer({ section: 'Hours '.repeat(200), passage: 'word '.repeat(1500) }));
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text).toMatch(/\(§ (Hours )+Hours…\) of/);
    expect(text.split('\n').at(-1)!.length).toBeLessThan(MAX_SECTION_TITLE + 80 + HEADLINE.length);
  });

  it('is not there when the answer has none', () => {
    expect(formatAnswer(answer())).not.toContain('§');
  });
});
