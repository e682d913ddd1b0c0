import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion, ENTITY_TERM_WEIGHT } from '../../../src/question/analyse.js';

const ARTICLE = [
  'Refugees in two cities',
  'The French Huguenots fled in 1685. Many Huguenots were skilled weavers.',
  'The Berlin Huguenots built a church. Huguenots there spoke French for a century.',
  'Some moved on to New France, far from France itself.',
].join('\n\n');

describe('names in questions', () => {
  const corpus = buildCorpus([{ id: 'h.txt', text: ARTICLE }]);
  it('a name several entities go by weighs as one name, shared among them', () => {
    const q = analyseQuestion('What did the Huguenots build?', corpus);
    const huguenots = [...q.terms].filter(([t]) => t.startsWith('e:') && t.endsWith('huguenots'));
    expect(huguenots.length).toBe(2); // "Huguenots" was short for both in turn
    // However many entities answer to "Huguenots", together they weigh one name.
    const total = huguenots.reduce((sum, [, w]) => sum + w, 0);
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

describe('the question proper, after a side clause', () => {
  const corpus = buildCorpus([{ id: 'h.txt', text: ARTICLE }]);
  it('"When …, what …?" asks what, not when', () => {
    expect(analyseQuestion('When the Huguenots fled, what did they build?', corpus).type).toBe('thing');
    expect(analyseQuestion('When did the Huguenots flee?', corpus).type).toBe('time');
  });
});
