/**
 * What the articles say, as the report's key terms: every word of every article and its lemma
 * (wink-nlp's), lower-cased, accents folded and stemmed the way `keyTerms` stems questions, so
 * that "Lavrov", "sanctions" and "met" (lemma "meet") count as words the article has. Only terms
 * outside this vocabulary are what the article truly lacks.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { oneSlipApart } from '../../src/question/spelling.js';
import { termOf } from './summarise.js';

/** Shortest word read as a typo of an article word (as the core's spelling correction). */
const MIN_TYPO_LENGTH = 5;

/** Answers "does the article have this key term?" for the given article texts. */
export function articleVocabulary(texts: readonly string[]): (term: string) => boolean {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  const lemmaOf = (text: string): string[] => nlp.readDoc(text).tokens().out(its.lemma as ItsFunction<string>) as string[];
  const known = new Set<string>();
  for (const text of texts) {
    const tokens = nlp.readDoc(text).tokens();
    const words = tokens.out(its.normal) as string[];
    const lemmas = tokens.out(its.lemma as ItsFunction<string>) as string[];
    words.forEach((w, k) => {
      for (const form of [w, lemmas[k] ?? w]) {
        const term = termOf(form);
        if (term) known.add(term);
      }
    });
  }
  // Terms by first letter and length, to find the article word one slip away from a typo.
  const byShape = new Map<string, string[]>();
  for (const t of known) (byShape.get(`${t[0]}${t.length}`) ?? byShape.set(`${t[0]}${t.length}`, []).get(`${t[0]}${t.length}`)!).push(t);
  const typoOfKnown = (term: string): boolean => {
    // As the core reads typos (src/question/spelling.ts): long enough, same first letter, one slip.
    if (term.length < MIN_TYPO_LENGTH) return false;
    for (let len = term.length - 1; len <= term.length + 1; len++) {
      if ((byShape.get(`${term[0]}${len}`) ?? []).some((t) => oneSlipApart(term, t))) return true;
    }
    return false;
  };
  const cache = new Map<string, boolean>();
  return (term) => {
    let has = cache.get(term);
    if (has === undefined) {
      // A question's word in another form than the article's ("ran" for "run"): try its lemma too;
      // a typo of an article word ("negotations") is read as that word, so the article has it.
      has = known.has(term) || lemmaOf(term).some((l) => known.has(termOf(l))) || typoOfKnown(term);
      cache.set(term, has);
    }
    return has;
  };
}
