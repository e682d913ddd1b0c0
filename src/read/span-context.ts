import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { WH_WORDS } from '../nlp/tables.js';
import { wordClasses } from '../nlp/wordnet.js';
import { afterFinalVerb } from '../propose/candidates.js';
import type { Span } from './spans.js';
import { FOCUS_CLASSES } from './layout.js';

/**
 * What the span features of one (question, sentence) pair read: the question's anchors in the
 * sentence, and per-token arrays and prefix sums over them, computed once so that each of the
 * sentence's few hundred spans is read in constant time.
 */

/** Function words between a verb and its object or clause ("announced that it would …", "agreed to the …"). */
const LINKING = new Set(['SCONJ', 'DET', 'PRON', 'AUX', 'PART', 'ADP']);

const FOCUS_INDEX = new Map<string, number>(FOCUS_CLASSES.map((c, i) => [c, i]));

/** The WordNet class of the question's focus noun, as an index into FOCUS_CLASSES. */
export function focusClassOf(q: Question): number {
  if (!q.focus) return 0;
  return FOCUS_INDEX.get(wordClasses(q.focus, 'noun')[0] ?? 'unknown') ?? 1;
}


/** What the features of one sentence's spans share: the question's anchors in it and their sums. */
export interface SpanContext {
  s: Sentence;
  q: Question;
  kind: number;
  /** Anchor weight per token (how much the question weighs the word it matches). */
  w: readonly number[];
  /** The question's total weight, to put window sums on a 0..1 scale. */
  qWeight: number;
  /** The idf of each token's lemma. */
  idf: (term: string) => number;
  /** The first (highest-precedence) extractor's answer in this sentence, as tokens, if it is written there. */
  rule?: Span;
  /** Every extractor's answer here: which extractor (index into EXTRACTORS), and its tokens. */
  extracted: readonly { rule: number; span: Span }[];
  /** Typed candidates (names, dates, figures of the kind asked). */
  typed: readonly Span[];
  /** The kind of an entity of the sentence's article, by key. */
  kindOf: (key: string) => 'person' | 'place' | 'other' | undefined;
  /** The sentence's candidate spans. */
  spans: readonly Span[];
}

/** The question's first content word after its wh-word, and the last of its main clause, as index terms. */
interface Ends {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
}
const endsCache = new WeakMap<Question, Ends>();
function endsOf(q: Question): Ends {
  let ends = endsCache.get(q);
  if (ends) return ends;
  const wh = q.tokens.findIndex((t) => WH_WORDS.has(t.lower));
  const content = q.tokens.filter((t, i) => i > wh && i < q.mainEnd && isContent(t));
  const terms = (t: Token | undefined): Set<string> => new Set(t ? tokenTerms(t).filter((x) => !x.startsWith('s:')) : []);
  ends = { first: terms(content[0]), last: terms(content[content.length - 1]) };
  endsCache.set(q, ends);
  return ends;
}

/** Whether token `t` is the question word in `terms`. */
const isOneOf = (t: Token | undefined, terms: ReadonlySet<string>): boolean => !!t && terms.size > 0 && tokenTerms(t).some((x) => terms.has(x));

/** Per-sentence arrays the span features read, computed once per (question, sentence). */
export interface Prepared {
  prefix: Float64Array;
  /** Nearest matched token at or before i (-1 if none) / at or after i (n if none). */
  prevMatch: Int32Array;
  nextMatch: Int32Array;
  firstMatch: number;
  focus: Uint8Array;
  parenthesis: Uint8Array;
  commas: Int32Array;
  mentionAt: Int32Array;
  /** From each token, the next token that is not punctuation, an adverb or an auxiliary. */
  skipToMatch: Int32Array;
  /** Distance from token i back to the nearest question name before it (0 when none), and forward from i to the next. */
  nameDistance: Int32Array;
  nameDistanceEnd: Int32Array;
  /** 1 where a token follows a question verb of the sentence with only function words between. */
  afterVerb: Uint8Array;
  /** 1 where a token follows the question's last word with only adverbs, prepositions and articles between. */
  afterLast: Uint8Array;
  /** Prefix sums over tokens: words, words repeating the question, rarity of the others, capitalised words, names asked about. */
  words: Int32Array;
  repeated: Int32Array;
  rare: Float64Array;
  capitals: Int32Array;
  asked: Int32Array;
  /** Per token: after the question's final verb (candidates.ts), is the question's last / first word, a head noun of the focus's class. */
  afterFinal: Uint8Array;
  lastWord: Uint8Array;
  firstWord: Uint8Array;
  likeFocus: Uint8Array;
}

export function prepare(c: SpanContext): Prepared {
  const { s, w, q } = c;
  const ends = endsOf(q);
  const n = s.tokens.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + w[i]!;
  const prevMatch = new Int32Array(n);
  const nextMatch = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) { if (w[i]! > 0) last = i; prevMatch[i] = last; }
  let next = n;
  for (let i = n - 1; i >= 0; i--) { if (w[i]! > 0) next = i; nextMatch[i] = next; }
  const focus = new Uint8Array(n);
  if (q.focus) s.tokens.forEach((t, i) => { if (tokenTerms(t).includes(q.focus!)) focus[i] = 1; });
  const parenthesis = new Uint8Array(n);
  let depth = 0;
  s.tokens.forEach((t, i) => {
    if (t.text === ')') depth = Math.max(0, depth - 1);
    parenthesis[i] = depth > 0 ? 1 : 0;
    if (t.text === '(') depth++;
  });
  const commas = new Int32Array(n + 1);
  s.tokens.forEach((t, i) => { commas[i + 1] = commas[i]! + (t.text === ',' ? 1 : 0); });
  const mentionAt = new Int32Array(n).fill(-1);
  s.mentions.forEach((m, k) => { for (let i = m.start; i < m.end; i++) mentionAt[i] = k; });
  const skipToMatch = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const t = s.tokens[i]!;
    skipToMatch[i] = t.pos === 'PUNCT' || t.pos === 'ADV' || t.pos === 'AUX' ? skipToMatch[i + 1]! : i;
  }
  // Tokens naming (or standing for) an entity the question asks about.
  const named = new Uint8Array(n);
  s.mentions.forEach((m) => { if (q.entities.has(m.key)) for (let i = m.start; i < m.end; i++) named[i] = 1; });
  for (const [i, key] of s.corefs) if (q.entities.has(key)) named[i] = 1;
  const nameDistance = new Int32Array(n);
  const nameDistanceEnd = new Int32Array(n);
  let lastName = -1;
  for (let i = 0; i < n; i++) { nameDistance[i] = lastName >= 0 ? i - lastName : 0; if (named[i]) lastName = i; }
  let nextName = -1;
  for (let i = n - 1; i >= 0; i--) { nameDistanceEnd[i] = nextName >= 0 ? nextName - i : 0; if (named[i]) nextName = i; }
  const afterVerb = new Uint8Array(n);
  s.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !(w[i]! > 0)) return;
    for (let k = i + 1; k < n && k <= i + 3; k++) {
      afterVerb[k] = 1;
      if (!LINKING.has(s.tokens[k]!.pos)) break;
    }
  });
  const afterLast = new Uint8Array(n);
  s.tokens.forEach((t, i) => {
    if (!isOneOf(t, ends.last)) return;
    for (let k = i + 1; k < n && k <= i + 4; k++) {
      afterLast[k] = 1;
      if (!['ADV', 'ADP', 'DET', 'PART'].includes(s.tokens[k]!.pos)) break;
    }
  });
  const words = new Int32Array(n + 1);
  const repeated = new Int32Array(n + 1);
  const rare = new Float64Array(n + 1);
  const capitals = new Int32Array(n + 1);
  const asked = new Int32Array(n + 1);
  const afterFinal = new Uint8Array(n);
  const lastWord = new Uint8Array(n);
  const firstWord = new Uint8Array(n);
  const likeFocus = new Uint8Array(n);
  const focusClass = focusClassOf(q);
  const focusName = FOCUS_CLASSES[focusClass]!;
  s.tokens.forEach((t, i) => {
    const word = /[\p{L}\p{N}]/u.test(t.text);
    const rep = word && (w[i]! > 0 || q.lemmas.has(t.lemma));
    words[i + 1] = words[i]! + (word ? 1 : 0);
    repeated[i + 1] = repeated[i]! + (rep ? 1 : 0);
    rare[i + 1] = rare[i]! + (word && !rep ? Math.min(1, c.idf(t.lemma) / 10) : 0);
    capitals[i + 1] = capitals[i]! + (word && i > 0 && /^\p{Lu}/u.test(t.text) ? 1 : 0);
    const mk = mentionAt[i]!;
    const isAsked = (mk >= 0 && q.entities.has(s.mentions[mk]!.key)) || (s.corefs.has(i) && q.entities.has(s.corefs.get(i)!));
    asked[i + 1] = asked[i]! + (isAsked ? 1 : 0);
    afterFinal[i] = afterFinalVerb(s, i, q) ? 1 : 0;
    lastWord[i] = isOneOf(t, ends.last) ? 1 : 0;
    firstWord[i] = isOneOf(t, ends.first) ? 1 : 0;
    likeFocus[i] = focusClass > 1 && t.pos === 'NOUN' && t.lemma !== q.focus && wordClasses(t.lemma, 'noun')[0] === focusName ? 1 : 0;
  });
  return {
    prefix, prevMatch, nextMatch, firstMatch: nextMatch[0] ?? n, focus, parenthesis, commas, mentionAt, skipToMatch, nameDistance, nameDistanceEnd, afterVerb, afterLast,
    words, repeated, rare, capitals, asked, afterFinal, lastWord, firstWord, likeFocus,
  };
}

