import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { PLACE_PREPOSITIONS } from '../nlp/tables.js';
import { boundaries, isSubstantive, isWord, textOf, trim } from './span.js';
import { SPAN } from './weights.js';
import { tokenTerms } from '../nlp/terms.js';

/**
 * Phrases found next to a word the question points at: the name or phrase after its focus noun
 * ("What journal …?"), the object of a preposition it ends on ("… expose them to?"), a place phrase.
 */

const LIST_OPENERS = new Set(['including', 'such', 'like', 'namely', ':']);

/** "What journal …?" → the name or phrase right after the focus noun in the sentence. */
export function afterFocus(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  // "What river …?" → "the Vistula River": the focus word inside a name is that name.
  const named = s.mentions.find((m) => !q.entities.has(m.key) && s.tokens.slice(m.nameStart, m.end).some((t) => t.lower === q.focus || t.lemma === q.focus));
  if (named) return [named.nameStart, named.end];
  const f = s.tokens.findIndex((t) => t.lemma === q.focus && t.pos === 'NOUN');
  if (f < 0) return undefined;
  let i = f + 1;
  while (i < s.tokens.length && (s.tokens[i]!.text === ',' || LIST_OPENERS.has(s.tokens[i]!.lower) || s.tokens[i]!.lower === 'as')) i++;
  const mention = s.mentions.find((m) => m.start === i);
  if (mention && !q.entities.has(mention.key)) return [mention.nameStart, mention.end];
  // "Which administration …?" → "the Obama administration"; "To what grade …?" → "a higher
  // grade": words before the focus that the question lacks say which one.
  const before = modifiersBefore(s, f, w);
  if (before < f) return [before, f + 1];
  // "the administration's view that Iran is best handled …", "the decision to redesign …": the
  // clause the focus noun opens is what it holds.
  const opener = s.tokens[f + 1];
  if (opener && ((opener.lower === 'that' && opener.pos === 'SCONJ') || (opener.lower === 'to' && s.tokens[f + 2]?.pos === 'VERB'))) {
    let end = f + 2;
    while (end < s.tokens.length && !(w[end]! > 0)) end++;
    const [a, b] = trim(s, f + 2, boundaries(s, f + 2, end, q)[0] ?? end);
    if (b > a) return [a, Math.min(b, a + SPAN.maxTokens)];
  }
  if (i > f + 1 || s.tokens[i]?.pos === 'ADP') {
    let end = i + 1;
    while (end < s.tokens.length && !(w[end]! > 0)) end++;
    const cut = boundaries(s, i + 1, end, q)[0] ?? end;
    const [a, b] = trim(s, i - (s.tokens[i]?.pos === 'ADP' ? 1 : 0), cut);
    if (b > a) return [s.tokens[f - 1] && i === f + 1 ? f : a, b];
  }
  return undefined;
}

/** Where the modifiers before token `f` start: adjectives, adverbs, nouns and names the question does not have. */
function modifiersBefore(s: Sentence, f: number, w: readonly number[]): number {
  let k = f;
  // (A participle is an adjective here: "lightly enriched uranium".)
  const modifies = (t: Token): boolean => ['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || (t.pos === 'VERB' && /ed$/.test(t.lower));
  while (k > 0 && modifies(s.tokens[k - 1]!) && !(w[k - 1]! > 0) && isWord(s.tokens[k - 1])) k--;
  // A bare adverb ("also", "now") is no modifier of a noun.
  while (k < f && s.tokens[k]!.pos === 'ADV' && !(s.tokens[k + 1]?.pos === 'ADJ' || (s.tokens[k + 1]?.pos === 'VERB' && k + 1 < f))) k++;
  return k;
}

/**
 * The question's words up to a trailing side phrase ("What did Russia have to do, according to
 * Lukyanov?", "…, in his view?"): a comma followed by no verb, or by "according".
 */
function mainClauseWords(q: Question): Token[] {
  const comma = q.tokens.findIndex((t, i) => t.text === ',' && i > 1 && (q.tokens[i + 1]?.lower === 'according' || !q.tokens.slice(i + 1).some((x) => x.pos === 'VERB')));
  // "… less incentive to do unless Russia and China join?": a side clause after the main one.
  // (Only a clause with words of its own: "… a political gesture because of?" ends on "of".)
  const side = q.tokens.findIndex((t, i) => i > 2 && SIDE_CLAUSE_OPENERS.has(t.lower) && q.tokens.slice(i + 1).some((x) => ['NOUN', 'PROPN', 'VERB'].includes(x.pos)));
  const end = Math.min(comma > 0 ? comma : q.tokens.length, side > 0 ? side : q.tokens.length);
  return q.tokens.slice(0, end).filter(isWord);
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

/** Words that open a side clause after the question proper. */
const SIDE_CLAUSE_OPENERS = new Set(['unless', 'if', 'while', 'because', 'although', 'though', 'whereas']);

/** Prepositions a question can end on ("… expose the administration to?", "… see it as?"). */
const STRANDABLE = new Set([
  'to', 'as', 'for', 'with', 'about', 'of', 'from', 'into', 'on', 'at', 'by', 'against', 'toward', 'towards', 'over', 'through',
  'between', 'among', 'like', 'behind', 'under', 'around', 'across', 'upon', 'onto', 'beyond', 'within',
]);

/** How close the preposition must follow a matched word ("administration to", "statement as"). */
const STRANDED_REACH = 2;

/**
 * "What might the refusal expose the administration to?" → "criticism at home": a question that
 * ends on a preposition asks for that preposition's object, so the answer is the phrase after the
 * same preposition where it follows the question's words in the passage, up to a clause break.
 */
export function afterStrandedPreposition(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const words = mainClauseWords(q);
  const prep = words[words.length - 1];
  // The word the preposition hangs on in the question ("administration" in "… the administration to?").
  const head = words[words.length - 2];
  // A final copula works the same way: "What did Lukyanov think the administration was?" → what
  // follows "the administration was" ("misguided").
  const copula = prep?.lemma === 'be' && head?.pos === 'NOUN';
  if (!prep || !head || !(STRANDABLE.has(prep.lower) || copula) || words.length < 4) return undefined;
  const sameWord = (t: Token): boolean => (copula ? t.lemma === 'be' : t.lower === prep.lower);
  // Stems too: wink may lemmatise the question's "tilted" and the passage's differently.
  const heads = new Set(tokenTerms(head));
  const isHead = (t: Token): boolean => tokenTerms(t).some((x) => heads.has(x));
  // Best after the question's own head word; failing that, after any question word.
  for (const hangsOn of [isHead, (_t: Token, k: number) => w[k]! > 0]) {
    for (let i = 1; i < s.tokens.length - 1; i++) {
      if (!sameWord(s.tokens[i]!) || w[i + 1]! > 0) continue;
      let near = false;
      for (let k = Math.max(0, i - STRANDED_REACH); k < i; k++) near ||= hangsOn(s.tokens[k]!, k);
      if (!near) continue;
      let end = i + 1;
      // The object ends at the next question word, clause break or "that"-clause ("as a sign that …").
      while (end < s.tokens.length && !(w[end]! > 0) && !(s.tokens[end]!.lower === 'that' && end > i + 2)) end++;
      const [a, b] = trim(s, i + 1, boundaries(s, i + 1, end, q)[0] ?? end);
      if (b > a) return [a, Math.min(b, a + SPAN.maxTokens)];
    }
  }
  return undefined;
}

/** The place-preposition phrase nearest after a matched word, up to the next clause break. */
export function placePhrase(s: Sentence, q: Question, w: readonly number[], named = true): string | undefined {
  const first = w.findIndex((x) => x > 0);
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  let lastMatch = first;
  for (let i = Math.max(first, 0) + 1; i < s.tokens.length; i++) {
    if (w[i - 1]! > 0) lastMatch = i - 1;
    if (!PLACE_PREPOSITIONS.has(s.tokens[i]!.lower) || w[i]! > 0) continue;
    const end = boundaries(s, i + 1, s.tokens.length, q)[0] ?? s.tokens.length;
    const [a, b] = trim(s, i + 1, end);
    if (b <= a || !s.tokens.slice(a, b).some((t, k) => isSubstantive(t) && !(w[a + k]! > 0))) continue;
    // A place phrase names somewhere: "in his private discussions" does not.
    if (named && !s.tokens.slice(a, b).some((t) => t.pos === 'PROPN')) continue;
    if (i - lastMatch < bestDistance) { best = [i, b]; bestDistance = i - lastMatch; }
  }
  return best && best[1] - best[0] <= SPAN.maxTokens ? textOf(s, best[0], best[1]) : undefined;
}

/**
 * "How enriched is the uranium?" → "lightly enriched": a how-question about a quality asks for
 * the degree the passage gives it, the adverbs right before the same word. Undefined when the
 * passage has the word bare. "How strongly did they oppose it?" reads the same off the verb
 * ("fiercely opposed").
 */
export function degreeOf(s: Sentence, q: Question): [number, number] | undefined {
  const how = q.tokens.findIndex((t) => t.lower === 'how');
  // "How strongly did Russia oppose it?": an adverb of degree asks how the verb was done.
  // ("How often", "how far" ask for a frequency or distance: only "-ly" adverbs ask a degree.)
  const degree = q.tokens[how + 1]?.pos === 'ADV' && /ly$/.test(q.tokens[how + 1]!.lower);
  const quality = degree ? q.tokens.find((t, i) => i > how + 1 && t.pos === 'VERB') : q.tokens[how + 1];
  if (how < 0 || !quality || !['ADJ', 'VERB'].includes(quality.pos)) return undefined;
  const terms = new Set(tokenTerms(quality));
  const at = s.tokens.findIndex((t) => tokenTerms(t).some((x) => terms.has(x)));
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && s.tokens[start - 1]!.pos === 'ADV' && isWord(s.tokens[start - 1])) start--;
  if (start < at) return [start, at + 1];
  // "invested heavily": the adverb may follow the verb.
  let end = at + 1;
  while (end < s.tokens.length && s.tokens[end]!.pos === 'ADV' && isWord(s.tokens[end])) end++;
  return end > at + 1 ? [at, end] : undefined;
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
    let end = a;
    while (end < s.tokens.length && !(w[end]! > 0)) end++;
    const [x, b] = trim(s, a, boundaries(s, a, end, q)[0] ?? end);
    if (b > x) return [x, Math.min(b, x + SPAN.maxTokens)];
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
    let end = a + 1;
    while (end < s.tokens.length && !(w[end]! > 0)) end++;
    const [x, b] = trim(s, a, boundaries(s, a, end, q)[0] ?? end);
    if (b > x) return [x, Math.min(b, x + SPAN.maxTokens)];
  }
  return undefined;
}
