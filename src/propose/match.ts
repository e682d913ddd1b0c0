import type { Sentence } from '../article/model.js';
import { OPPOSITES, sameAct } from '../nlp/tables.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { areSynonyms, derivations } from '../nlp/wordnet.js';
import type { Token } from '../nlp/wink.js';
import type { Asked } from './asked.js';
import { isGoingTo } from './future.js';
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
  // The table's acts are listed words, short ones too ("go" = "attend"); WordNet's short entries are noise.
  if (sameAct(a, b)) return true;
  if (a.length < 3 || b.length < 3) return false;
  if (a === `${b}ly` || b === `${a}ly`) return true;
  return areSynonyms(a, b) || derivations(a).includes(b) || derivations(b).includes(a);
}

/** Words that state an obligation, as "have to" asks one ("will not be required by law to conduct them"). */
const OBLIGATIONS: ReadonlySet<string> = new Set(['require', 'required', 'oblige', 'obliged', 'obligate', 'force', 'forced', 'compel', 'must', 'mandatory', 'compulsory']);

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

/**
 * Finds the question word `a` in the passage. Where it stands more than once ("Fhimah was found
 * not guilty …, al-Megrahi was found guilty"), the place nearest `near` (the places the passage
 * names whom the question asks about) is the one that speaks of them.
 */
export function matchWord(a: Asked, s: Sentence, near: readonly number[] = []): Found {
  const word = a.token;
  const terms = tokenTerms(word).filter((t) => !t.startsWith('e:'));
  const pick = (test: (t: Token, i: number) => boolean): number => {
    let best = -1;
    let distance = Infinity;
    s.tokens.forEach((t, i) => {
      if (!test(t, i)) return;
      const d = near.length > 0 ? Math.min(...near.map((n) => Math.abs(n - i))) : 0;
      if (d < distance) [best, distance] = [i, d];
    });
    return best;
  };
  if (a.obligation) {
    // ("required", "forced" as verbs or adjectives: "the air force" obliges nobody.)
    const k = pick((t, i) => (t.pos !== 'NOUN' && (OBLIGATIONS.has(t.lemma) || OBLIGATIONS.has(t.lower))) || (t.lemma === 'have' && s.tokens[i + 1]?.lower === 'to'));
    return { word, at: k, opposite: false, predicate: a.predicate, loose: k >= 0 };
  }
  // A word the index leaves out ("named") is found by its lemma; "going to use" is the future's
  // auxiliary, not the verb "go".
  let at = pick((t, i) => !isGoingTo(s.tokens, i) && (terms.length > 0 ? tokenTerms(t).some((x) => terms.includes(x)) : t.lemma === word.lemma));
  if (at >= 0) return { word, at, opposite: false, predicate: a.predicate };
  at = pick((t, i) => isContent(t) && !isGoingTo(s.tokens, i) && related(word.lemma, t.lemma));
  if (at >= 0) return { word, at, opposite: false, predicate: a.predicate, loose: true };
  const opposites = OPPOSITES.get(word.lemma) ?? OPPOSITES.get(word.lower);
  if (opposites) {
    const k = pick((t) => opposites.has(t.lemma) || opposites.has(t.lower));
    if (k >= 0) return { word, at: k, opposite: !isConverse(word.lemma, s.tokens[k]!.lemma), predicate: a.predicate };
  }
  // "succeed" asked, "unsuccessful" written: a negating prefix on a word of the same root.
  const k = pick((t) => {
    const base = NEGATING_PREFIX.exec(t.lower)?.[1];
    return !!base && sameRoot(word.lemma, base);
  });
  if (k >= 0) return { word, at: k, opposite: true, predicate: a.predicate, loose: true };
  return { word, at: -1, opposite: false, predicate: a.predicate };
}

/** Words that may stand between a verb and its object's head ("delivered a major speech"). */
const OBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** How far before its object's head a verb still takes it. */
const OBJECT_REACH = 4;

/**
 * Verbs that carry out what their object names, as a light verb does ("delivered a speech",
 * "performed a haka", "held a vote", "struck a deal"). Other verbs do something else to it:
 * "heard a speech", "praised the deal", "attended a concert" did not give, make or hold it.
 */
const DOING_VERBS: ReadonlySet<string> = new Set([
  'give', 'make', 'take', 'get', 'do', 'have', 'perform', 'deliver', 'hold', 'conduct', 'stage', 'carry', 'strike',
  'reach', 'seal', 'undertake', 'execute', 'complete', 'issue', 'receive', 'obtain', 'suffer', 'sustain', 'win', 'earn',
]);

/**
 * The verb that carries out the word at `object` as its object ("deliver" in "promise to deliver
 * a speech"), or -1: where a light verb is asked ("give a speech"), that verb does the act.
 */
export function verbOfObject(s: Sentence, object: number): number {
  for (let k = object - 1; k >= Math.max(0, object - OBJECT_REACH); k--) {
    const t = s.tokens[k]!;
    if (t.pos === 'VERB') return DOING_VERBS.has(t.lemma) ? k : -1;
    if (!OBJECT_PHRASE.has(t.pos)) return -1;
  }
  return -1;
}
