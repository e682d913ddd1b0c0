import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { boundaries, isWord, phraseFrom, trim } from './span.js';
import { SPAN } from '../params.js';
import { tokenTerms } from '../nlp/terms.js';

/**
 * What someone did and what something is called: the verb phrase a question ending on "do"
 * asks for ("What did the president do?", "What would Russia do if …?"), and the name or
 * description a question about calling asks for ("What is X called?", "How did X describe Y?").
 */

/** The question's words up to its main clause's end ("What did Russia have to do, according to Lukyanov?"). */
export function mainClauseWords(q: Question): Token[] {
  return q.tokens.slice(0, q.mainEnd).filter(isWord);
}

/** The verb phrase right before the passage's "if"/"unless", when the question has the same condition. */
function conditionalAct(s: Sentence, q: Question): [number, number] | undefined {
  const opener = q.tokens.find((t, i) => i > 2 && (t.lower === 'if' || t.lower === 'unless'));
  const j = opener ? s.tokens.findIndex((t) => t.lower === opener.lower) : -1;
  if (j <= 0) return undefined;
  let a = j;
  while (a > 0 && !['and', 'but', ',', ';'].includes(s.tokens[a - 1]!.lower)) a--;
  while (a < j && ['AUX', 'PART', 'ADV'].includes(s.tokens[a]!.pos)) a++;
  return s.tokens[a]?.pos === 'VERB' && j - a <= SPAN.maxTokens ? [a, j] : undefined;
}

/**
 * "What do Republicans say the president did?" → "yielded to Kremlin concerns …": a question
 * that ends on "do" asks what its last-named doer did, so the answer is the verb phrase after
 * that word in the passage (past auxiliaries), up to a clause break.
 */
export function afterFinalDo(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const words = mainClauseWords(q);
  const last = words[words.length - 1];
  if (!last || last.lemma !== 'do' || words.length < 4) return undefined;
  // The doer: the last name or noun before "do" ("Russia" in "did Russia have to do").
  const doer = [...words.slice(1, -1)].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (!doer) return undefined;
  const doers = new Set(tokenTerms(doer));
  // "What would Russia do if Iran reneged?": the verb phrase the passage's own "if" clause hangs
  // on ("… and would consider sanctions if the Iranians reneged").
  const conditional = conditionalAct(s, q);
  // (Only the doer's: "What would China do if …?" is not answered by what Russia would do.)
  if (conditional && s.tokens.slice(0, conditional[0]).some((t) => tokenTerms(t).some((x) => doers.has(x)))) return conditional;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    if (!tokenTerms(s.tokens[i]!).some((x) => doers.has(x))) continue;
    // Past auxiliaries and "to" ("had to be polite"), to a verb or a predicate adjective.
    let a = i + 1;
    // (and past the question's own words: "was determined to hold …" asked "determined to do").
    const skip = (k: number): boolean => w[k]! > 0 || (['AUX', 'ADV', 'PART'].includes(s.tokens[k]!.pos) && !(s.tokens[k]!.lemma === 'be' && s.tokens[k + 1]?.pos === 'ADJ'));
    while (a < s.tokens.length && skip(a)) a++;
    if (s.tokens[a]?.pos !== 'VERB' && !(s.tokens[a]?.lemma === 'be' && s.tokens[a + 1]?.pos === 'ADJ')) continue;
    // From the verb itself: "pointed out that …" keeps "pointed out".
    const [, b] = trim(s, a, boundaries(s, a + 1, s.tokens.length, q)[0] ?? s.tokens.length);
    if (b > a && !w.slice(a, b).every((v) => v > 0)) return [a, Math.min(b, a + SPAN.maxTokens)];
  }
  return undefined;
}

/** Verbs that name what follows them, with the words that may come between ("known as"). */
const NAMING = new Set(['call', 'name', 'term', 'dub', 'know', 'refer', 'title']);
const NAMING_LINKS = new Set(['as', 'to', 'simply']);

/** The name after the passage's naming verb ("is called Frontex", "referred to as triplet oxygen"). */
function nameGiven(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  for (let i = 0; i < s.tokens.length - 1; i++) {
    if (!NAMING.has(s.tokens[i]!.lemma) || s.tokens[i]!.pos !== 'VERB') continue;
    let a = i + 1;
    while (a < s.tokens.length && (NAMING_LINKS.has(s.tokens[a]!.lower) || !isWord(s.tokens[a]))) a++;
    // "known" and "referred" need their "as": "known for" names nothing.
    if ((s.tokens[i]!.lemma === 'know' || s.tokens[i]!.lemma === 'refer') && !s.tokens.slice(i + 1, a).some((t) => t.lower === 'as')) continue;
    const name = phraseFrom(s, q, w, a);
    if (name) return name;
  }
  return undefined;
}

/** Verbs that ask what something was called: "How did X describe Y?", "What did X call Y?". */
const CALLING_VERBS = new Set(['describe', 'call', 'characterize', 'characterise', 'label', 'term', 'dub']);

/**
 * "How did Lavrov describe new sanctions?" → "counterproductive": what the passage predicates of
 * the thing described, after its head noun and a copula ("sanctions would be “counterproductive”")
 * or "as" ("described the plan as reckless").
 */
export function whatItIsCalled(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const verb = q.tokens.findIndex((t) => CALLING_VERBS.has(t.lemma));
  if (verb < 0) return undefined;
  // "What is the input of a problem called?": a passive naming verb at the end asks for the name
  // after the passage's own "called", "known as", "referred to as".
  if (!q.tokens.slice(verb + 1).some(isWord)) return nameGiven(s, q, w);
  const object = q.tokens.findIndex((t, i) => i > verb && t.pos === 'NOUN' && q.tokens[i + 1]?.pos !== 'NOUN');
  if (object < 0) return undefined;
  const heads = new Set(tokenTerms(q.tokens[object]!));
  for (let i = 0; i < s.tokens.length - 1; i++) {
    if (!tokenTerms(s.tokens[i]!).some((x) => heads.has(x))) continue;
    let a = i + 1;
    while (a < s.tokens.length && (['AUX', 'PART', 'ADV'].includes(s.tokens[a]!.pos) || s.tokens[a]!.lower === 'as' || !isWord(s.tokens[a]))) a++;
    // A copula or "as" must stand between ("would be", "described … as"), not just an adverb.
    const linked = s.tokens.slice(i + 1, a).some((t) => t.lemma === 'be' || t.lower === 'as');
    if (!linked || !['ADJ', 'NOUN', 'DET'].includes(s.tokens[a]?.pos ?? '')) continue;
    const predicate = phraseFrom(s, q, w, a, a + 1);
    if (predicate) return predicate;
  }
  return undefined;
}
