import { describe, expect, it } from 'vitest';
import { LEXNAMES, parseData, parseIndex } from '../../../tools/wordnet/parse.js';
import { reduceWordNet, serialise } from '../../../tools/wordnet/reduce.js';
import { NOUN_CLASSES } from '../../../src/nlp/wordnet.js';

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
// Nouns with their 3.1 offsets and lexicographer files: "city" is 15 (noun.location) in its
// first two senses and 14 (noun.group) in its third; "body" is 08 (noun.body), its own class.
const INDEX_NOUN = `  1 This software and database is being provided
city n 3 1 @ 3 3 08542298 08558466 08243256 
body n 1 1 @ 1 1 05223633 
`;
const DATA_NOUN = `  1 This software and database is being provided
08542298 15 n 02 city 0 metropolis 0 000 | a large and densely populated urban area
08558466 15 n 01 city 1 000 | an incorporated administrative district
08243256 14 n 02 city 0 metropolis 0 000 | people living in a large densely populated municipality
05223633 08 n 01 body 0 000 | the entire structure of an organism
`;

describe('WordNet derivations', () => {
  // "acquisition" (noun) points at its verb "buy" with WordNet's lexical "+" (word 1 → word 1);
  // "buying" (noun) at "sell", a word the filter drops.
  const NOUNS = `  1 This software and database is being provided
00000010 04 n 01 acquisition 0 001 + 00000001 v 0101 | the act of buying
00000011 04 n 01 selling 0 001 + 00000003 v 0101 | the act of selling
`;
  const index = [...parseIndex(INDEX_VERB)];
  const synsets = [...parseData(DATA_VERB), ...parseData(NOUNS)];
  const options = { senses: 1, maxSynonyms: 6, symmetric: false, hypernymSenses: 1, maxHypernyms: 4, classSenses: 1, keep: (w: string) => w !== 'sell', keepAntonym: () => true };

  it('links a noun and a verb both ways, and only words the filter keeps', () => {
    const table = reduceWordNet(index, synsets, options, 'test');
    expect(table.derivations.n).toEqual({ acquisition: 'buy' });
    expect(table.derivations.v).toEqual({ buy: 'acquisition' });
  });
});

describe('WordNet reduction', () => {
  const index = parseIndex(INDEX_VERB);
  const synsets = parseData(DATA_VERB);
  const options = { senses: 1, maxSynonyms: 6, symmetric: false, hypernymSenses: 1, maxHypernyms: 4, classSenses: 1, keep: () => true, keepAntonym: () => true };

  it('parses index and data lines, skipping the licence header', () => {
    expect(index.map((e) => e.lemma)).toEqual(['buy', 'purchase', 'sell', 'back_out']);
    expect(index[0]!.synsets).toEqual(['00000001', '00000002']);
    expect(synsets[0]).toMatchObject({ lexFile: 40, words: ['buy', 'purchase'], pointers: [{ symbol: '!', target: '00000003', source: 1, targetWord: 1 }, { symbol: '@' }] });
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
  describe('lexicographer classes', () => {
    const allIndex = [...index, ...parseIndex(INDEX_NOUN)];
    const allSynsets = [...synsets, ...parseData(DATA_NOUN)];

    it('names the file of each word\'s first sense, without the part of speech', () => {
      const t = reduceWordNet(allIndex, allSynsets, options, 'test');
      expect(LEXNAMES[40]).toBe('verb.possession');
      expect(t.classes.v).toEqual({ buy: 'possession', purchase: 'possession', sell: 'possession' });
      // A word named like its class still gets it (the other relations skip a word's own name).
      expect(t.classes.n).toEqual({ body: 'body', city: 'location' });
      expect(t.classes.a).toEqual({});
    });
    it('adds the next senses\' classes only where they differ, first sense first', () => {
      expect(reduceWordNet(allIndex, allSynsets, { ...options, classSenses: 2 }, 'test').classes.n.city).toBe('location');
      expect(reduceWordNet(allIndex, allSynsets, { ...options, classSenses: 3 }, 'test').classes.n.city).toBe('location group');
    });
    it('keeps only the words the filter keeps', () => {
      expect(reduceWordNet(allIndex, allSynsets, { ...options, keep: (w) => w !== 'city' }, 'test').classes.n).toEqual({ body: 'body' });
    });
    it('serialises them before hyponyms, so the committed JSON\'s existing lines stay as they were', () => {
      const lines = serialise(reduceWordNet(allIndex, allSynsets, options, 'test'));
      expect(lines.classes).toBe('n:body\tbody\nn:city\tlocation\nv:buy\tpossession\nv:purchase\tpossession\nv:sell\tpossession');
      expect(Object.keys(lines)).toEqual(['source', 'synonyms', 'antonyms', 'classes', 'derivations', 'hyponyms']);
    });
    it('agrees with the core\'s list of noun classes', () => {
      expect(LEXNAMES.filter((n) => n.startsWith('noun.')).map((n) => n.slice('noun.'.length))).toEqual([...NOUN_CLASSES]);
    });
  });
  it('drops words the filter does not keep', () => {
    const t = reduceWordNet(index, synsets, { ...options, keep: (w) => w !== 'purchase' }, 'test');
    expect(t.synonyms.v).toEqual({});
  });
});
