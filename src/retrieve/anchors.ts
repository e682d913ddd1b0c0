import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { tokenTerms } from '../nlp/terms.js';

/** How much a term weighs in the corpus (its idf). */
export type Idf = (term: string) => number;

/** Anchor weights per question, idf and sentence: extraction and the pair features both read them. */
const anchorCache = new WeakMap<Question, WeakMap<Idf, Map<number, readonly number[]>>>();

/** Per token, how much the question weighs the word it matches (0 when unmatched); remembered per question. */
export function anchorWeights(s: Sentence, q: Question, idf: Idf = () => 1): readonly number[] {
  let byIdf = anchorCache.get(q);
  if (!byIdf) anchorCache.set(q, (byIdf = new WeakMap()));
  let bySentence = byIdf.get(idf);
  if (!bySentence) byIdf.set(idf, (bySentence = new Map()));
  let marks = bySentence.get(s.id);
  if (!marks) bySentence.set(s.id, (marks = computeWeights(s, q, idf)));
  return marks;
}

function computeWeights(s: Sentence, q: Question, idf: Idf): number[] {
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

