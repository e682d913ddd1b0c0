import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { PLACE_PREPOSITIONS } from '../nlp/tables.js';
import { boundaries, isSubstantive, isWord, phraseFrom, textOf, trim } from './span.js';
import { SPAN } from '../params.js';
import { tokenTerms } from '../nlp/terms.js';
import { mainClauseWords } from './predicates.js';

/**
 * Phrases found next to a word the question points at: the name or phrase after its focus noun
 * ("What journal …?"), the object of a preposition it ends on ("… expose them to?"), a place
 * phrase, the degree of a quality.
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
    const clause = phraseFrom(s, q, w, f + 2);
    if (clause) return clause;
  }
  if (i < s.tokens.length && (i > f + 1 || s.tokens[i]?.pos === 'ADP')) {
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
