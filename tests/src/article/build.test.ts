import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { SEED } from '../seed.js';

const corpus = buildCorpus([SEED]);
const article = corpus.articles[0]!;
const sentenceWith = (text: string) => corpus.sentences.find((s) => s.text.includes(text))!;

describe('names and who is who', () => {
  it('recovers full names from proper-noun runs, with titles split off', () => {
    const lavrov = article.entities.get('sergey v. lavrov')!;
    expect(lavrov.person).toBe(true);
    expect(lavrov.gender).toBe('m');
    expect(article.entities.get('hillary rodham clinton')!.titles).toContain('secretary of state');
    expect(article.entities.get('vladimir v. putin')!.titles).toContain('prime minister');
    expect(article.entities.has('russia in global affairs')).toBe(true);
  });

  it('links short references to the full name ("Mr. Lavrov", "Mrs. Clinton")', () => {
    const s = sentenceWith('Analysts here expressed little surprise');
    expect(s.mentions.map((m) => m.key)).toContain('sergey v. lavrov');
    expect(article.entities.get('hillary rodham clinton')!.gender).toBe('f');
  });

  it('does not take a capitalised sentence opener for a name', () => {
    expect([...article.entities.keys()].some((k) => k.includes('denting'))).toBe(false);
  });

  it('attributes "…, he said" to the last speaker, not the last man named', () => {
    // Medvedev is named in the sentence, but Lukyanov is the one talking in this passage.
    expect(sentenceWith('represented more of a political gesture').speaker).toBe('fyodor lukyanov');
    expect(sentenceWith('We are maybe not 100 percent').speaker).toBe('sergey v. lavrov');
    expect(sentenceWith('In the absence of any significant progress').speaker).toBe('hillary rodham clinton');
  });

  it('does not carry the last speaker over to a quote some unnamed person reports', () => {
    // "a senior official traveling with her said … “specific forms of pressure”": Clinton spoke
    // in the sentence before, but this quote has its own reporting verb and an unnamed subject.
    expect(sentenceWith('a senior official traveling with her said').speaker).toBeUndefined();
  });

  it('indexes sentences so that a term finds only the sentences holding it', () => {
    const ids = corpus.postings.get('uranium')!;
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(corpus.sentences[id]!.text.toLowerCase()).toContain('uranium');
  });
  it('reads a sentence-opening "They" as the organisation the sentence before opens with, never a person or a place', () => {
    const c = buildCorpus([{ id: 'a.txt', text: 'Bridge news\n\nThe Harbour Traders Association opposed the closure. They asked the council to keep one lane open.\n\nMr. Alan Reed visited Brenmouth. They said nothing.' }]);
    const asked = c.sentences.find((s) => s.text.startsWith('They asked'))!;
    expect([...asked.corefs.values()]).toEqual(['harbour traders association']);
    expect(asked.terms.has('e:harbour traders association')).toBe(true);
    const said = c.sentences.find((s) => s.text.startsWith('They said'))!;
    expect(said.corefs.size).toBe(0);
  });
});
