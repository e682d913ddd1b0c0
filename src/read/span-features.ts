import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import type { Span } from './spans.js';
import { cell, FOCUS_CLASSES, LENGTHS, POS, QKINDS, SPAN_DENSE, type QKind } from './layout.js';
import { focusClassOf, prepare, type Prepared, type SpanContext } from './span-context.js';
import { beforeReport, classIndex, listGoesOn, listMembers, overlap, shapeOf, spanClass } from './span-shape.js';

export type { SpanContext } from './span-context.js';

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

const WINDOW = 5;

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
