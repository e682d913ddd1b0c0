import { describe, expect, it } from 'vitest';
import { antonyms, areAntonyms, areSynonyms, hypernyms, synonyms, WORDNET_SOURCE, wordPos } from '../../../src/nlp/wordnet.js';

describe('WordNet table', () => {
  it('loads and names its source', () => {
    expect(WORDNET_SOURCE).toMatch(/WordNet 3\.1/);
  });
  it('gives close synonyms from the same senses', () => {
    expect(synonyms('buy', 'verb')).toContain('purchase');
    expect(synonyms('purchase', 'verb')).toContain('buy');
    expect(synonyms('ship', 'verb')).toContain('send');
    expect(areSynonyms('metropolis', 'city', 'noun')).toBe(true);
  });
  it('keeps parts of speech apart, and merges them when none is given', () => {
    expect(synonyms('buy', 'noun')).not.toContain('purchase');
    expect(synonyms('buy')).toEqual(expect.arrayContaining(['purchase', 'bargain']));
  });
  it('gives direct antonyms both ways', () => {
    expect(antonyms('buy', 'verb')).toContain('sell');
    expect(antonyms('sell', 'verb')).toContain('buy');
    expect(antonyms('first')).toContain('last');
    expect(areAntonyms('increase', 'decrease')).toBe(true);
    expect(areAntonyms('buy', 'purchase')).toBe(false);
  });
  it('gives hypernyms of the first sense', () => {
    expect(hypernyms('river', 'noun')).toContain('stream');
  });
  it('answers nothing for names, multi-word entries, unknown words and object keys', () => {
    for (const w of ['paris', 'back_out', 'qwzx', 'constructor', '__proto__', '']) {
      expect(synonyms(w)).toEqual([]);
      expect(antonyms(w)).toEqual([]);
    }
  });
  it('returns frozen lists, so a caller cannot change the table', () => {
    expect(Object.isFrozen(synonyms('buy'))).toBe(true);
  });
  it('maps wink tags to WordNet parts of speech', () => {
    expect(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN'].map(wordPos)).toEqual(['noun', 'verb', 'adj', 'adv', undefined]);
  });
});
