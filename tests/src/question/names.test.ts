import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion, ENTITY_TERM_WEIGHT } from '../../../src/question/analyse.js';

const ARTICLE = [
  'A family of miners',
  'Hans Luther was a miner. Luther worked hard in the mines.',
  'Martin Luther was his son. Luther studied law before he built a church.',
  'Some moved on to New France, far from France itself.',
].join('\n\n');

describe('names in questions', () => {
  const corpus = buildCorpus([{ id: 'h.txt', text: ARTICLE }]);
  it('a name several entities go by weighs as one name, shared among them ("Luther": Hans and Martin)', () => {
    const q = analyseQuestion('What did Luther build?', corpus);
    const luthers = [...q.terms].filter(([t]) => t.startsWith('e:') && t.endsWith('luther'));
    expect(luthers.length).toBe(2); // "Luther" was short for both in turn
    // However many entities answer to "Luther", together they weigh one name.
    const total = luthers.reduce((sum, [, w]) => sum + w, 0);
    expect(total).toBeCloseTo(ENTITY_TERM_WEIGHT, 5);
  });
  it('a country is not read as short for a longer name ending in it', () => {
    const q = analyseQuestion('Who left France?', corpus);
    expect(q.entities.has('france')).toBe(true);
    expect(q.entities.has('new france')).toBe(false);
  });
});
describe('names built with "of"', () => {
  const corpus = buildCorpus([{ id: 'n.txt', text: 'Dukes\n\nDuke William II of Normandy crossed the sea. Normandy is a region in France.' }]);
  it('lend no last word: "Normandy" is the region, not the duke', () => {
    const q = analyseQuestion('Where is Normandy?', corpus);
    expect([...q.entities]).toEqual(['normandy']);
  });
});
describe('common words that are also names', () => {
  const corpus = buildCorpus([{ id: 'c.txt', text: 'Markets\n\nThe shares of Century rose on Monday. Prices had risen for most of the last century.' }]);
  it('a lower-case word the article also writes in lower case is the word, not the name', () => {
    expect(analyseQuestion('What rose in the last century?', corpus).entities.has('century')).toBe(false);
  });
  it('written as a name, it is the name', () => {
    expect(analyseQuestion('When did the shares of Century rise?', corpus).entities.has('century')).toBe(true);
  });
});
describe('abbreviated names', () => {
  const corpus = buildCorpus([{ id: 'u.txt', text: 'Talks\n\nThe United States and the United Nations met in Geneva. They told us little.' }]);
  it('a capitalised abbreviation finds the name written out ("US" → "United States")', () => {
    expect(analyseQuestion('Where did the US meet the UN?', corpus).entities).toEqual(new Set(['united states', 'united nations']));
  });
  it('"America" is the United States', () => {
    expect(analyseQuestion('Where did America meet the UN?', corpus).entities.has('united states')).toBe(true);
  });
  it('the pronoun "us" is no name', () => {
    expect(analyseQuestion('What did they tell us?', corpus).entities.size).toBe(0);
  });
});
describe('a surname typed in lower case', () => {
  const corpus = buildCorpus([{ id: 'k.txt', text: 'Ferry strike\n\nThe union leader, Ilse Brandvold, called the strike. A new ferry will sail in May.' }]);
  it('is the one person it ends the name of ("whos brandvold"), as people chat', () => {
    expect(analyseQuestion('whos brandvold', corpus).entities.size).toBe(1);
  });
  it('is not taken from an English word or one the article writes in lower case ("new", "ferry")', () => {
    expect(analyseQuestion('when will the new ferry sail', corpus).entities.size).toBe(0);
  });
});
