import { describe, expect, it } from 'vitest';
import { parseData, parseIndex } from '../../../adapters/wordnet/parse.js';
import { reduceWordNet, serialise } from '../../../adapters/wordnet/reduce.js';

// Lines in WordNet's own format (wndb(5)), cut down: offsets, word lists and pointers as in 3.1.
const INDEX_VERB = `  1 This software and database is being provided
buy v 2 2 ! @ 2 2 00000001 00000002 
purchase v 1 1 @ 1 1 00000001 
sell v 1 1 ! 1 1 00000003 
back_out v 1 0 1 0 00000004 
`;
const DATA_VERB = `  1 This software and database is being provided
00000001 40 v 02 buy 0 purchase 0 002 ! 00000003 v 0101 @ 00000005 v 0000 01 + 08 00 | obtain by purchase
00000002 40 v 02 buy 1 bribe 0 000 | make illegal payments to
00000003 40 v 01 sell 0 001 ! 00000001 v 0101 | exchange for money
00000004 40 v 02 back_out 0 renege 0 000 | pull out of a deal
00000005 40 v 01 get 0 000 | come into possession of
`;

describe('WordNet reduction', () => {
  const index = parseIndex(INDEX_VERB);
  const synsets = parseData(DATA_VERB);
  const options = { senses: 1, maxSynonyms: 6, symmetric: false, hypernymSenses: 1, maxHypernyms: 4, keep: () => true, keepAntonym: () => true };

  it('parses index and data lines, skipping the licence header', () => {
    expect(index.map((e) => e.lemma)).toEqual(['buy', 'purchase', 'sell', 'back_out']);
    expect(index[0]!.synsets).toEqual(['00000001', '00000002']);
    expect(synsets[0]).toMatchObject({ words: ['buy', 'purchase'], pointers: [{ symbol: '!', target: '00000003', source: 1, targetWord: 1 }, { symbol: '@' }] });
  });
  it('keeps synonyms of the first senses only, single words only', () => {
    const t = reduceWordNet(index, synsets, options, 'test');
    expect(t.synonyms.v).toEqual({ buy: 'purchase', purchase: 'buy' });
    expect(reduceWordNet(index, synsets, { ...options, senses: 2 }, 'test').synonyms.v.buy).toBe('purchase bribe');
  });
  it('lists each synonym back under the word when asked to', () => {
    // "bribe" is not in the index, so only the symmetric pass lists "buy" under it.
    const t = reduceWordNet(index, synsets, { ...options, senses: 2, symmetric: true }, 'test');
    expect(t.synonyms.v.bribe).toBe('buy');
  });
  it('reads antonyms both ways, and hyponyms from first-sense hypernyms', () => {
    const t = reduceWordNet(index, synsets, options, 'test');
    expect(t.antonyms.v).toEqual({ buy: 'sell', sell: 'buy' });
    expect(t.hyponyms.v).toEqual({ get: 'buy purchase' });
  });
  it('serialises each relation as sorted lines', () => {
    const lines = serialise(reduceWordNet(index, synsets, options, 'test'));
    expect(lines.antonyms).toBe('v:buy\tsell\nv:sell\tbuy');
    expect(lines.source).toBe('test');
  });
  it('drops words the filter does not keep', () => {
    const t = reduceWordNet(index, synsets, { ...options, keep: (w) => w !== 'purchase' }, 'test');
    expect(t.synonyms.v).toEqual({});
  });
});
