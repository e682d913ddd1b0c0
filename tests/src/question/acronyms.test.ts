import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';

// Fixture articles written for these tests.
const FINAL = [
  'Rovers take the cup',
  'The Rovers beat the Wanderers 3-1 in the final on Sunday. Striker Jan Olsen scored twice and was named the Most Valuable Player of the tournament.',
  'His dad Piet Olsen watched from the stand.',
].join('\n\n');

const PARK = [
  'Diver dies at marine park',
  'A diver died on Tuesday at Harbour Marine Park (HMP), which closed in June. Staff at HMP had stayed on to feed the fish.',
].join('\n\n');

describe('acronyms typed by readers', () => {
  const corpus = buildCorpus([{ id: 'final.txt', text: FINAL }]);
  it('"who was mvp" reads the initials as the article\'s capitalised words', () => {
    const q = analyseQuestion('who was mvp', corpus);
    expect(q.terms.has('mvp')).toBe(false);
    // The run is a name of the article's, so it is looked up as that name.
    expect(q.terms.has('e:most valuable player')).toBe(true);
    expect(q.entities.has('most valuable player')).toBe(false); // asked who won it, not what it is
    expect(q.corrected).toContainEqual(['mvp', 'Most Valuable Player']);
    // The award's words are what is asked about, not an answer.
    expect(q.lemmas.has('valuable')).toBe(true);
  });
  it('typed in capitals, as "MVP", too', () => {
    expect(analyseQuestion('Who was named MVP?', corpus).terms.has('e:most valuable player')).toBe(true);
  });
  it('a run that names nothing is looked up by its words ("ceo" → "chief executive officer")', () => {
    const shop = buildCorpus([{ id: 'shop.txt', text: 'Shop\n\nThe firm said its Chief Executive Officer, Ann Bell, would leave in May.' }]);
    const q = analyseQuestion('when will the ceo leave', shop);
    expect(q.corrected).toContainEqual(['ceo', 'Chief Executive Officer']);
    expect(q.terms.has('executive') || q.terms.has('e:chief executive officer')).toBe(true);
  });
  it('an English word is itself, not initials ("dad" is no "Dad ..." run)', () => {
    const q = analyseQuestion('who is his dad', corpus);
    expect(q.corrected).toEqual([]);
    expect(q.terms.has('dad')).toBe(true);
  });
  it('initials no run of the article spells are left alone', () => {
    expect(analyseQuestion('who was the xyz', corpus).corrected).toEqual([]);
  });
});

describe('acronyms the article defines in brackets', () => {
  const corpus = buildCorpus([{ id: 'park.txt', text: PARK + '\n\nHer Majesty\'s Prison staff were not involved.' }]);
  it('are indexed under the run they follow, which wins over another run with the same initials', () => {
    const found = corpus.acronyms.get('hmp') ?? [];
    expect(found.find((x) => x.defined)?.form).toBe('harbour marine park');
  });
  it('typed as the article writes them, they are the article\'s own name', () => {
    expect(analyseQuestion('who died at HMP', corpus).corrected).toEqual([]);
  });
});
