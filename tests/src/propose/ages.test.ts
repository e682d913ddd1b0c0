import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { createCore } from '../../../src/index.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { textOf } from '../../../src/propose/span.js';
import { ageCandidates, asksAge } from '../../../src/propose/ages.js';

// A made-up local story: ages written the ways news writes them, among other figures.
const ARTICLE = [
  'Lifeboat crew rescue kayakers',
  'Marta Olsen, 34, and her brother were rescued from the water on Saturday after two hours adrift.',
  'The coxswain, aged 61, said the 45-minute search was the longest of the year.',
  'A 17-year-old volunteer spotted the kayak about 3 miles from the harbour, with the 52-year old skipper.',
  'Her brother, who was 29 when he joined the club, said 12 boats took part in the search.',
  'The lifeboat station opened at the age of the harbour itself, in 1890.',
].join('\n\n');

const corpus = buildCorpus([{ id: 'lifeboat.txt', text: ARTICLE }]);
const agesIn = (words: string): string[] => {
  const s = corpus.sentences.find((x) => x.text.includes(words))!;
  return ageCandidates(s).map((c) => textOf(s, c.start, c.end));
};

describe('ages: the figures a story gives as ages', () => {
  it('reads "how old" as asking an age, in chat typing too', () => {
    expect(asksAge(analyseQuestion(cleanQuestion('how old is marta olsen'), corpus))).toBe(true);
    expect(asksAge(analyseQuestion(cleanQuestion('How long was the search?'), corpus))).toBe(false);
  });
  it('finds an age after a name, after "aged", in "N-year-old" and after "was" ending a clause', () => {
    expect(agesIn('Marta Olsen')).toEqual(['34']);
    expect(agesIn('coxswain')).toEqual(['61']);
    expect(agesIn('volunteer spotted')).toEqual(['17', '52']);
    expect(agesIn('joined the club')).toEqual(['29']);
  });
  it('never takes a duration, a count, a distance or a year for an age', () => {
    // "45-minute", "3 miles", "12 boats", "1890", "two hours": figures, not ages.
    expect(agesIn('coxswain')).not.toContain('45');
    expect(agesIn('volunteer spotted')).not.toContain('3');
    expect(agesIn('joined the club')).not.toContain('12');
    expect(agesIn('lifeboat station')).toEqual([]);
  });
  it('answers "how old" with the age of the one asked about, not another figure of the passage', () => {
    const core = createCore([{ id: 'lifeboat.txt', text: ARTICLE }]);
    const asked: [string, string][] = [
      ['how old is marta olsen', '34'],
      ['how old is the coxswain', '61'],
      ['how old is the skipper', '52'],
      ['how old is the volunteer', '17'],
      ['how old was marta olsens brother when he joined the club', '29'],
    ];
    for (const [question, age] of asked) expect(core.ask(question).answer, question).toBe(age);
  });
});
