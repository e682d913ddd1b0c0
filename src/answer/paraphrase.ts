import type { Question } from '../question/analyse.js';
import { synonyms, wordPos } from '../nlp/wordnet.js';

/**
 * The question's words as the article may have put them: for each content word of the question,
 * its WordNet synonyms that the question does not use itself ("purchase" asked, "bought"
 * written). Maps each synonym to the question's lemma it stands for.
 */
export function synonymTerms(q: Question): ReadonlyMap<string, string> {
  const hit = cache.get(q);
  if (hit) return hit;
  const map = new Map<string, string>();
  for (const t of q.tokens) {
    // Only words the question looks up (not names, not the request "tell me"), by their lemma.
    // Every part of speech: questions are short and the tagger often misreads them ("What did
    // the council purchase?" tags "purchase" a noun), and on validation all-POS wins (0.761 → 0.764).
    if (!wordPos(t.pos) || !q.terms.has(t.lemma)) continue;
    for (const s of synonyms(t.lemma)) if (!q.terms.has(s) && !map.has(s)) map.set(s, t.lemma);
  }
  cache.set(q, map);
  return map;
}

const cache = new WeakMap<Question, Map<string, string>>();
