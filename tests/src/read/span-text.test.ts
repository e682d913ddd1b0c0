import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { spanText } from '../../../src/read/read.js';

// A made-up gala story: names with a title, an honorific and a rank of nobility before them.
const ARTICLE = [
  'Gala raises funds for the harbour',
  'Lady Marchmont opened the gala on Saturday.',
  'Mayor Ruth Adeyemi thanked the guests.',
  'Mr. Okafor sang the anthem.',
].join('\n\n');

const corpus = buildCorpus([{ id: 'gala.txt', text: ARTICLE }]);
/** The answer text of the mention of `name` in its sentence. */
function named(name: string): string {
  const s = corpus.sentences.find((x) => x.text.includes(name))!;
  const m = s.mentions.find((x) => s.text.slice(s.tokens[x.start]!.start, s.tokens[x.end - 1]!.end).includes(name))!;
  return spanText(corpus, s, m.start, m.end);
}

describe('spanText: a name as an answer', () => {
  it('keeps a rank of nobility before a single name ("Lady Marchmont", not "Marchmont")', () => {
    expect(named('Marchmont')).toBe('Lady Marchmont');
  });
  it('drops an office or an honorific ("Ruth Adeyemi", "Okafor")', () => {
    expect(named('Adeyemi')).toBe('Ruth Adeyemi');
    expect(named('Okafor')).toBe('Okafor');
  });
});
