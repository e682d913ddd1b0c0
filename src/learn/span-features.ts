import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { REPORTING_VERBS, WH_WORDS } from '../nlp/tables.js';
import { afterFinalVerb } from '../answer/candidates.js';
import type { Span } from './spans.js';
import { cell, FOCUS_CLASSES, LENGTHS, POS, QKINDS, SPAN_CLASSES, SPAN_DENSE, type QKind, type SpanClass } from './layout.js';
import { wordClasses } from '../nlp/wordnet.js';

/**
 * The features of one candidate span, in the spirit of the SQuAD logistic-regression baseline
 * (Rajpurkar et al., 2016): what the span is (its length, its parts of speech at and around its
 * edges, whether it is a name or a figure) against what the question asks, and where it stands
 * relative to the question's words in the sentence.
 */

/** The question kind the reader uses: the answer type, with "what X …?" told from a bare "what". */
export function qKindOf(q: Question): number {
  const kind: QKind = q.type === 'thing' ? (q.focus ? 'thingFocus' : 'thing') : q.type === 'headline' ? 'thing' : q.type;
  return QKINDS.indexOf(kind);
}

const POS_INDEX = new Map<string, number>(POS.map((p, i) => [p, i]));
const OTHER = POS.indexOf('OTHER');
const EDGE = POS.indexOf('EDGE');
const posOf = (t: Token | undefined): number => (t ? POS_INDEX.get(t.pos === 'SYM' ? 'PUNCT' : t.pos) ?? OTHER : EDGE);

const CLASS = new Map<string, number>(SPAN_CLASSES.map((c, i) => [c, i]));
const classIndex = (c: SpanClass): number => CLASS.get(c)!;
const ENTITY_CLASS: Readonly<Record<string, SpanClass>> = {
  DATE: 'date', TIME: 'time', DURATION: 'time', CARDINAL: 'cardinal', MONEY: 'money', PERCENT: 'percent', ORDINAL: 'ordinal',
};
const YEAR = /^(1[0-9]{3}|20[0-9]{2})s?$/;
const WINDOW = 5;

const FOCUS_INDEX = new Map<string, number>(FOCUS_CLASSES.map((c, i) => [c, i]));

/** The WordNet class of the question's focus noun, as an index into FOCUS_CLASSES. */
function focusClassOf(q: Question): number {
  if (!q.focus) return 0;
  return FOCUS_INDEX.get(wordClasses(q.focus, 'noun')[0] ?? 'unknown') ?? 1;
}

/** A span's shape (index into SHAPES): a name, a figure or date, a common-noun phrase, a clause, or other. */
function shapeOf(s: Sentence, a: number, b: number, cls: SpanClass): number {
  if (['person', 'place', 'otherName', 'inPerson', 'inPlace', 'inOtherName'].includes(cls)) return 0;
  if (cls !== 'none') return 1;
  let noun = false;
  for (let i = a; i < b; i++) {
    const t = s.tokens[i]!;
    if (t.pos === 'VERB') return 3;
    if (t.pos === 'NOUN') noun = true;
  }
  return noun ? 2 : 4;
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
interface Prepared {
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

function prepare(c: SpanContext): Prepared {
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

/** Token-overlap F1 of two spans. */
function overlap(a: Span, b: Span): number {
  const same = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (same <= 0) return 0;
  const p = same / (a.end - a.start);
  const r = same / (b.end - b.start);
  return (2 * p * r) / (p + r);
}

/** Whether a span is a name or a figure, whole or in part (a leading "the" aside). */
function spanClass(c: SpanContext, p: Prepared, sp: Span): SpanClass {
  const { s } = c;
  let a = sp.start;
  while (a < sp.end - 1 && s.tokens[a]!.pos === 'DET') a++;
  const b = sp.end;
  // "he", "here": a word the article resolves to a name is typed as that name ("here" = Moscow).
  const referent = b - a === 1 ? s.corefs.get(a) : undefined;
  const kindOfReferent = referent ? c.kindOf(referent) : undefined;
  if (kindOfReferent) return kindOfReferent === 'person' ? 'person' : kindOfReferent === 'place' ? 'place' : 'otherName';
  const mk = p.mentionAt[a]!;
  if (mk >= 0) {
    const m = s.mentions[mk]!;
    const kind = m.kind === 'person' ? 'person' : m.kind === 'place' ? 'place' : 'otherName';
    if ((a === m.start || a === m.nameStart) && b === m.end) return kind;
    if (b <= m.end) return kind === 'person' ? 'inPerson' : kind === 'place' ? 'inPlace' : 'inOtherName';
  }
  if (b - a === 1 && YEAR.test(s.tokens[a]!.text)) return 'year';
  const e = s.tokens[a]!.entity;
  if (e) {
    let whole = true;
    for (let i = a; i < b; i++) if (s.tokens[i]!.entity !== e && s.tokens[i]!.pos !== 'PUNCT') whole = false;
    const cls = ENTITY_CLASS[e];
    if (whole && cls && s.tokens[b]?.entity !== e && s.tokens[a - 1]?.entity !== e) return cls;
    if (whole && cls) return cls === 'date' || cls === 'time' ? 'inDate' : 'inNumber';
  }
  return 'none';
}

const SEPARATORS = new Set([',', 'and', 'or', ';']);
/** Function words between a verb and its object or clause ("announced that it would …", "agreed to the …"). */
const LINKING = new Set(['SCONJ', 'DET', 'PRON', 'AUX', 'PART', 'ADP']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);

/** How many members [a, b) lists ("Britain, France and China": 3), 1 when it is no list. */
function listMembers(s: Sentence, a: number, b: number): number {
  let members = 0;
  let nominal = false;
  let open = false;
  for (let i = a; i < b; i++) {
    const t = s.tokens[i]!;
    if (SEPARATORS.has(t.lower)) {
      if (open) { if (!nominal) return 1; members++; }
      open = false;
      nominal = false;
      continue;
    }
    open = true;
    if (NOMINAL.has(t.pos)) nominal = true;
  }
  if (open) { if (!nominal) return 1; members++; }
  return Math.max(1, members);
}

/** Whether a list could run on past [a, b): a separator and another noun right after it or right before it. */
function listGoesOn(s: Sentence, a: number, b: number): boolean {
  const at = (i: number): string => s.tokens[i]?.pos ?? '';
  const after = SEPARATORS.has(s.tokens[b]?.lower ?? '') && (NOMINAL.has(at(b + 1)) || at(b + 1) === 'DET' || (s.tokens[b + 1]?.lower === 'and' && NOMINAL.has(at(b + 2))));
  const before = SEPARATORS.has(s.tokens[a - 1]?.lower ?? '') && NOMINAL.has(at(a - 2));
  return after || before;
}

/** Reporting verbs a speaker stands right before ("a senior official traveling with her said"). */
function beforeReport(s: Sentence, b: number): boolean {
  let i = b;
  while (i < s.tokens.length && (s.tokens[i]!.pos === 'PUNCT' || s.tokens[i]!.pos === 'ADV' || s.tokens[i]!.pos === 'AUX')) i++;
  return REPORTING_VERBS.has(s.tokens[i]?.lemma ?? '');
}

/** Writes a span's features as (index, value) pairs. */
export type Sink = (index: number, value: number) => void;

const LENGTH_LAST = LENGTHS.length - 1;
/** Each per-span number's index in SPAN_DENSE, by name. */
const D = Object.fromEntries(SPAN_DENSE.map((d, i) => [d, i])) as Record<(typeof SPAN_DENSE)[number], number>;
const NK = QKINDS.length;
const NP = POS.length;
const NF = FOCUS_CLASSES.length;
// Where each template starts (cell() is for readability; these run per span).
const AT = {
  length: cell('length×kind', 0, 0), first: cell('first×kind', 0, 0), last: cell('last×kind', 0, 0),
  before: cell('before×kind', 0, 0), after: cell('after×kind', 0, 0), beforeFirst: cell('before×first', 0, 0),
  lastAfter: cell('last×after', 0, 0), cls: cell('class×kind', 0, 0), shapeFocus: cell('shape×focus', 0, 0), rule: cell('rule', 0), ruleKind: cell('rule×kind', 0, 0), span: cell('span', 0), spanKind: cell('span×kind', 0, 0),
};

/**
 * The three parts of a span's features: what depends on where it starts only, on where it ends
 * only, and on the whole span. Split so that scoring pays for the start and end parts once per
 * token, not once per span (a sentence has a few dozen tokens and a few hundred candidates).
 */
interface Parts {
  start(a: number, sink: Sink): void;
  end(b: number, sink: Sink): void;
  span(sp: Span, sink: Sink): void;
}

/** Prepared arrays per context: scoring and the chosen candidate's features read the same ones. */
const preparedFor = new WeakMap<SpanContext, Prepared>();

function partsOf(c: SpanContext): Parts {
  let p = preparedFor.get(c);
  if (!p) preparedFor.set(c, (p = prepare(c)));
  const prepared = p;
  const { s, q, kind } = c;
  const n = s.tokens.length;
  const qw = c.qWeight || 1;
  const focusClass = focusClassOf(q);
  const dense = (sink: Sink, d: number, value: number): void => {
    if (value === 0) return;
    sink(AT.span + d, value);
    sink(AT.spanKind + d * NK + kind, value);
  };
  const opensClause = (a: number): boolean => {
    const opener = s.tokens[a - 1];
    return !opener || opener.pos === 'PUNCT' || opener.pos === 'SCONJ' || opener.pos === 'CCONJ';
  };
  return {
    start(a, sink) {
      const first = posOf(s.tokens[a]);
      const before = posOf(s.tokens[a - 1]);
      sink(AT.first + first * NK + kind, 1);
      sink(AT.before + before * NK + kind, 1);
      sink(AT.beforeFirst + before * NP + first, 1);
      const left = a > 0 ? prepared.prevMatch[a - 1]! : -1;
      dense(sink, D.leftNear, left >= 0 ? 1 / (a - left) : 0);
      dense(sink, D.leftWindow, (prepared.prefix[a]! - prepared.prefix[Math.max(0, a - WINDOW)]!) / qw);
      dense(sink, D.leftAdjacent, left >= 0 && left === a - 1 ? 1 : 0);
      dense(sink, D.leftAny, prepared.prefix[a]! / qw);
      dense(sink, D.afterFinalVerb, prepared.afterFinal[a]!);
      dense(sink, D.focusBefore, (a > 0 && prepared.focus[a - 1]) || (a > 1 && prepared.focus[a - 2]) ? 1 : 0);
      dense(sink, D.inParentheses, prepared.parenthesis[a]!);
      dense(sink, D.inQuote, s.quote && a >= s.quote[0] && a < s.quote[1] ? 1 : 0);
      dense(sink, D.commaBefore, s.tokens[a - 1]?.text === ',' ? 1 : 0);
      dense(sink, D.clauseStart, opensClause(a) ? 1 : 0);
      // "What did the Rhine form?" → "formed [small islands]": the span follows the question's last word.
      dense(sink, D.leftIsLastWord, left >= 0 ? prepared.lastWord[left]! : 0);
      // "What did the administration announce?" → "announced that it would retool …": the span opens
      // a few function words after a verb the question asks with.
      dense(sink, D.afterAskedVerb, prepared.afterVerb[a]!);
      // "… invested heavily in Iranian oil …": right after the question's last word, past adverbs and a preposition.
      dense(sink, D.afterLastWord, prepared.afterLast[a]!);
    },
    end(b, sink) {
      const last = posOf(s.tokens[b - 1]);
      const after = posOf(s.tokens[b]);
      sink(AT.last + last * NK + kind, 1);
      sink(AT.after + after * NK + kind, 1);
      sink(AT.lastAfter + last * NP + after, 1);
      const right = b < n ? prepared.nextMatch[b]! : n;
      dense(sink, D.rightNear, right < n ? 1 / (right - b + 1) : 0);
      dense(sink, D.rightWindow, (prepared.prefix[Math.min(n, b + WINDOW)]! - prepared.prefix[b]!) / qw);
      dense(sink, D.rightAdjacent, right === b ? 1 : 0);
      dense(sink, D.rightAny, (prepared.prefix[n]! - prepared.prefix[b]!) / qw);
      dense(sink, D.subjectSlot, q.subjectQuestion && b <= prepared.firstMatch && prepared.skipToMatch[b]! === prepared.firstMatch ? 1 : 0);
      dense(sink, D.focusAfter, (b < n && prepared.focus[b]) || (b + 1 < n && prepared.focus[b + 1]) ? 1 : 0);
      dense(sink, D.commaAfter, s.tokens[b]?.text === ',' ? 1 : 0);
      // "Who established …?" → "[Euclid] established": the span precedes the question's first word.
      dense(sink, D.rightIsFirstWord, right < n ? prepared.firstWord[right]! : 0);
      dense(sink, D.possessor, s.tokens[b]?.lower === "'s" || s.tokens[b]?.lower === '’s' ? 1 : 0);
      // "What disclosure …?" → "the disclosure of the secret site": a head noun of the focus's WordNet class.
      dense(sink, D.headLikeFocus, prepared.likeFocus[b - 1]!);
    },
    span(sp, sink) {
      const { start: a, end: b } = sp;
      sink(AT.length + (Math.min(b - a, LENGTH_LAST + 1) - 1) * NK + kind, 1);
      const cls = spanClass(c, prepared, sp);
      sink(AT.cls + classIndex(cls) * NK + kind, 1);
      sink(AT.shapeFocus + shapeOf(s, a, b, cls) * NF + focusClass, 1);
      for (const x of c.extracted) {
        if (x.span.start !== a || x.span.end !== b) continue;
        sink(AT.rule + x.rule, 1);
        sink(AT.ruleKind + x.rule * NK + kind, 1);
      }
      const words = prepared.words[b]! - prepared.words[a]!;
      dense(sink, D.repeatsQuestion, words ? (prepared.repeated[b]! - prepared.repeated[a]!) / words : 0);
      dense(sink, D.holdsAskedName, prepared.asked[b]! > prepared.asked[a]! ? 1 : 0);
      if (c.rule) {
        const o = overlap(sp, c.rule);
        dense(sink, D.ruleExact, o === 1 ? 1 : 0);
        dense(sink, D.ruleOverlap, o);
      }
      let typed = 0;
      for (const t of c.typed) typed = Math.max(typed, overlap(sp, t));
      dense(sink, D.typedExact, typed === 1 ? 1 : 0);
      dense(sink, D.typedOverlap, typed);
      let focusInside = 0;
      for (let i = a; i < b; i++) focusInside |= prepared.focus[i]!;
      dense(sink, D.focusInside, focusInside);
      dense(sink, D.holdsComma, prepared.commas[b]! - prepared.commas[a]! > 0 ? 1 : 0);
      dense(sink, D.rareWords, words ? (prepared.rare[b]! - prepared.rare[a]!) / words : 0);
      dense(sink, D.capitalised, words ? (prepared.capitals[b]! - prepared.capitals[a]!) / words : 0);
      const left = a > 0 ? prepared.prevMatch[a - 1]! : -1;
      const right = b < n ? prepared.nextMatch[b]! : n;
      dense(sink, D.betweenMatches, left >= 0 && right < n ? 1 : 0);
      // "Which countries …?" → "Russia and Iran": a plural question wants the whole list.
      const members = listMembers(s, a, b);
      const list = members > 1;
      dense(sink, D.list, list ? Math.log2(members) : 0);
      dense(sink, D.listForPlural, list && q.focusPlural ? Math.log2(members) : 0);
      dense(sink, D.listCut, listGoesOn(s, a, b) ? 1 : 0);
      // "Who said …?": the words before the reporting verb, or whoever the sentence quotes.
      const speaker = !!s.speaker && prepared.mentionAt[a]! >= 0 && s.mentions[prepared.mentionAt[a]!]!.key === s.speaker;
      dense(sink, D.reportSubject, q.asksSpeaker && (beforeReport(s, b) || speaker) ? 1 : 0);
      // Names the question asks about anchor the answer more than other words do.
      dense(sink, D.nameNear, prepared.nameDistance[a]! > 0 || prepared.nameDistanceEnd[b - 1]! > 0 ? 1 / Math.min(prepared.nameDistance[a]! || 99, prepared.nameDistanceEnd[b - 1]! || 99) : 0);
      // "Analysts expressed …", "The comments by …, Alexander Vershbow, clearly irritated …": the
      // whole subject, from its clause's start up to the question's verb.
      const subject = q.subjectQuestion && b <= prepared.firstMatch && prepared.skipToMatch[b]! === prepared.firstMatch;
      dense(sink, D.wholeSubject, subject && opensClause(a) ? 1 : 0);
      dense(sink, D.wholeQuote, s.quote && Math.abs(s.quote[0] - a) <= 1 && Math.abs(s.quote[1] - b) <= 1 ? 1 : 0);
    },
  };
}

/** Computes every span's features; `begin(k)` is called before span k's pairs are written. */
export function spanFeatures(c: SpanContext, spans: readonly Span[], begin: (k: number) => void, sink: Sink): void {
  const parts = partsOf(c);
  spans.forEach((sp, k) => {
    begin(k);
    parts.start(sp.start, sink);
    parts.end(sp.end, sink);
    parts.span(sp, sink);
  });
}

/** Every span's score under weights `w`: the same features as spanFeatures, its start and end parts summed once per token. */
export function scoreSpans(c: SpanContext, spans: readonly Span[], w: ArrayLike<number>): Float64Array {
  const parts = partsOf(c);
  const n = c.s.tokens.length;
  const startScore = new Float64Array(n + 1).fill(NaN);
  const endScore = new Float64Array(n + 1).fill(NaN);
  let acc = 0;
  const add: Sink = (i, v) => { acc += w[i]! * v; };
  const out = new Float64Array(spans.length);
  spans.forEach((sp, k) => {
    if (Number.isNaN(startScore[sp.start]!)) { acc = 0; parts.start(sp.start, add); startScore[sp.start] = acc; }
    if (Number.isNaN(endScore[sp.end]!)) { acc = 0; parts.end(sp.end, add); endScore[sp.end] = acc; }
    acc = startScore[sp.start]! + endScore[sp.end]!;
    parts.span(sp, add);
    out[k] = acc;
  });
  return out;
}
