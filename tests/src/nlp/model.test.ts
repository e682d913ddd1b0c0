import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import stock from 'wink-eng-lite-web-model';
import { loadCore, model } from '../../../src/nlp/model.js';
import { SEED } from '../seed.js';

/** Everything the core reads from a document: tokens, tags, lemmas, sentences and entities. */
function reading(nlp: ReturnType<typeof winkNLP>, text: string): unknown {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    words: tokens.out(),
    pos: tokens.out(its.pos),
    lemma: tokens.out(its.lemma as ItsFunction<string>),
    spaces: tokens.out(its.precedingSpaces),
    sentences: doc.sentences().out(its.span),
    entities: doc.entities().out(its.detail),
  };
}

describe('the fast model loader', () => {
  it('reads the seed article exactly as the stock loader does', () => {
    // Two instances side by side: the stock one deep-copies the shared JSON, which must still be
    // pristine after ours has loaded (ours copies what wink mutates).
    const ours = winkNLP(model, ['sbd', 'pos', 'ner']);
    const theirs = winkNLP(stock, ['sbd', 'pos', 'ner']);
    // Words the lexicon lacks are appended at run time: both must grow alike, twice over.
    const text = `${SEED.text}\nZyxwvut Qwertyovich met Blorptania's envoy on 3 Smarch.`;
    expect(reading(ours, text)).toEqual(reading(theirs, text));
    expect(reading(ours, text)).toEqual(reading(theirs, text));
  });

  it('gives every call its own tables, so unknown words learnt by one instance stay there', () => {
    const a = loadCore() as { features: { lexeme: { list: string[] } } };
    const b = loadCore() as { features: { lexeme: { list: string[] } } };
    a.features.lexeme.list.push('only-in-a');
    expect(b.features.lexeme.list).not.toContain('only-in-a');
    expect(a.features.lexeme.list.length).toBeGreaterThan(80_000);
  });
});
