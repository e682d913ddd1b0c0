import type { Sentence } from '../article/model.js';
import { OPPOSITES, sameAct } from '../nlp/tables.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { areSynonyms, derivations } from '../nlp/wordnet.js';
import type { Asked } from './asked.js';
import type { Found } from './verdict.js';

/**
 * Where a yes/no question's word stands in a passage: as itself, by another road (a synonym, a
 * derivation, a verb of the same act), as its opposite (a listed opposite, a negating prefix on
 * the same root), or not at all.
 */

/**
 * Converses: the same event seen from its other side ("send" money = "receive" it), which the
 * opposites table lists as opposites. They match, they do not flip.
 */
const CONVERSES = new Set(['send receive', 'give receive', 'lend borrow', 'buy sell', 'import export', 'attack defend']);

function isConverse(a: string, b: string): boolean {
  return CONVERSES.has(`${a} ${b}`) || CONVERSES.has(`${b} ${a}`);
}

/**
 * The same word by another road: a verb of the same act ("locate" = "find"), a WordNet synonym
 * ("hurt" = "injury"), a derivation ("injured" = "injuries", "transmitted" = "transmission") or an
 * adverb of the adjective ("publicly" = "public").
 */
export function related(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return false;
  if (a === `${b}ly` || b === `${a}ly`) return true;
  return sameAct(a, b) || areSynonyms(a, b) || derivations(a).includes(b) || derivations(b).includes(a);
}

/** Prefixes that negate the word they open ("unsuccessful", "dishonest", "non-binding"). */
const NEGATING_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)(\p{L}{4,})$/u;
/** Letters two words must share from their start to be read as one root ("succe-ed", "succe-ssful"). */
const ROOT = 5;

/** Whether two words share a root: the first `ROOT` letters at least, and most of the shorter word. */
function sameRoot(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= ROOT && n >= 0.7 * Math.min(a.length, b.length);
}

/** Finds the question word `a` in the passage. */
export function matchWord(a: Asked, s: Sentence): Found {
  const word = a.token;
  const terms = tokenTerms(word).filter((t) => !t.startsWith('e:'));
  // A word the index leaves out ("named") is found by its lemma.
  let at = terms.length > 0 ? s.tokens.findIndex((t) => tokenTerms(t).some((x) => terms.includes(x))) : s.tokens.findIndex((t) => t.lemma === word.lemma);
  if (at >= 0) return { word, at, opposite: false, predicate: a.predicate };
  at = s.tokens.findIndex((t) => isContent(t) && related(word.lemma, t.lemma));
  if (at >= 0) return { word, at, opposite: false, predicate: a.predicate, loose: true };
  const opposites = OPPOSITES.get(word.lemma) ?? OPPOSITES.get(word.lower);
  if (opposites) {
    const k = s.tokens.findIndex((t) => opposites.has(t.lemma) || opposites.has(t.lower));
    if (k >= 0) return { word, at: k, opposite: !isConverse(word.lemma, s.tokens[k]!.lemma), predicate: a.predicate };
  }
  // "succeed" asked, "unsuccessful" written: a negating prefix on a word of the same root.
  const k = s.tokens.findIndex((t) => {
    const base = NEGATING_PREFIX.exec(t.lower)?.[1];
    return !!base && sameRoot(word.lemma, base);
  });
  if (k >= 0) return { word, at: k, opposite: true, predicate: a.predicate, loose: true };
  return { word, at: -1, opposite: false, predicate: a.predicate };
}
