import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { tokenTerms } from '../nlp/terms.js';

/** How much a term weighs in the corpus (its idf). */
export type Idf = (term: string) => number;

/** Per token, how much the question weighs the word it matches (0 when unmatched). */
export function anchorWeights(s: Sentence, q: Question, idf: Idf = () => 1): number[] {
  const weight = (term: string): number => (q.terms.get(term) ?? 0) * idf(term);
  const marks = s.tokens.map((t) => Math.max(0, ...tokenTerms(t).filter((term) => !term.startsWith('s:')).map(weight)));
  for (const m of s.mentions) if (q.entities.has(m.key)) for (let i = m.start; i < m.end; i++) marks[i] = Math.max(marks[i]!, weight(`e:${m.key}`));
  for (const [i, key] of s.corefs) if (q.entities.has(key)) marks[i] = Math.max(marks[i]!, weight(`e:${key}`));
  return marks;
}

/** Which tokens of the sentence match the question (by term, name or resolved pronoun). */
export function matchedTokens(s: Sentence, q: Question): boolean[] {
  return anchorWeights(s, q).map((w) => w > 0);
}

