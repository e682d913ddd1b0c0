import type { Corpus, Entity, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Scored } from '../retrieve/retrieve.js';
import { anchorWeights } from '../retrieve/anchors.js';
import { typedCandidates } from '../propose/candidates.js';
import { EXTRACTORS, extractAll } from '../propose/extract.js';
import { candidateSpans, type Span } from './spans.js';
import { qKindOf, scoreSpans, spanFeatures, type SpanContext } from './span-features.js';
import { passageFeatures, weightOfQuestion } from './passage-features.js';
import { OFFSET, PASSAGE, QKINDS, SPAN_CLASSES } from './layout.js';

/**
 * The learned reader's input for one question: the retrieved sentences, each with its passage
 * features and candidate spans, and every span's sparse feature vector. One linear score over
 * passage and span features together ranks every (sentence, span) pair of the top sentences, so a
 * sentence whose answer fits beats one that only shares more of the question's words.
 */
export interface ReaderInput {
  /** The question's kind (an index into QKINDS). */
  kind: number;
  passages: ReaderPassage[];
  /** Per candidate: the passage it belongs to, and its span. */
  owner: Int32Array;
  spans: Span[];
  /**
   * Candidate k's features are index[offsets[k] … offsets[k+1]) with values value[…]. Empty when
   * the input was built with weights (`scores` then holds each candidate's score, and a
   * candidate's features are computed again on demand: see `featuresOf`).
   */
  offsets: Int32Array;
  index: Int32Array;
  value: Float32Array;
  /** Each candidate's score, when built with weights, and those weights. */
  scores?: Float64Array;
  scoredWith?: ArrayLike<number>;
  /** Per passage, what its span features are computed from (to compute one candidate's again). */
  contexts: SpanContext[];
  /** Per candidate, its index among its passage's spans. */
  local: Int32Array;
}

export interface ReaderPassage {
  scored: Scored;
  rank: number;
  features: number[];
  /** The candidate that is the first hand-written extractor's answer here (-1 when it gives none). */
  ruleCandidate: number;
  /** Which extractor that is (an index into EXTRACTORS; -1 when none). */
  ruleName: number;
  /** Whether the extractors answer here at all (a where-question's passage with no place does not). */
  answers: boolean;
}

/** How many retrieved sentences the reader reads (3 and 8 both scored lower on squad-v1.1-dev-3). */
export const READ_DEPTH = 5;

/** Tokens [start, end) of `text` within the sentence, if it is written there. */
export function locate(s: Sentence, text: string): Span | undefined {
  const at = text ? s.text.indexOf(text) : -1;
  if (at < 0) return undefined;
  let start = -1;
  let end = -1;
  s.tokens.forEach((t, i) => {
    if (t.start >= at && t.end <= at + text.length) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return start < 0 ? undefined : { start, end };
}

/** What an entity looks like, for typing the word that stands for it. */
function kindOfEntity(e: Entity | undefined): 'person' | 'place' | 'other' | undefined {
  return e ? (e.person ? 'person' : e.place ? 'place' : 'other') : undefined;
}

/** The speaker's name in the sentence, or the pronoun or role that stands for them ("he said"). */
function speakerSpan(s: Sentence): Span | undefined {
  const m = s.mentions.find((x) => x.key === s.speaker);
  if (m) return { start: m.nameStart, end: m.end };
  for (const [i, key] of s.corefs) if (key === s.speaker) return { start: i, end: i + 1 };
  return undefined;
}

/**
 * Builds the reader's input over the ranked sentences. With `weights`, each candidate is scored as
 * its features are computed and the features are not kept: a question's few hundred candidates
 * then cost a fraction of storing them (the answer path); without, they are kept (training). With
 * `bound` too, a passage whose score plus `bound` cannot reach the best candidate so far gets no
 * candidates (see LEARNED.spanBound).
 */
export function readerInput(corpus: Corpus, q: Question, ranked: readonly Scored[], weights?: ArrayLike<number>, bound?: number): ReaderInput {
  let best = -Infinity;
  const kind = qKindOf(q);
  const qWeight = weightOfQuestion(q, corpus);
  const passages: ReaderPassage[] = [];
  const owner: number[] = [];
  const spans: Span[] = [];
  const offsets: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  const scores: number[] = [];
  const contexts: SpanContext[] = [];
  const local: number[] = [];
  ranked.forEach((scored, rank) => {
    const s = scored.sentence;
    const entities = corpus.articles[s.article]!.entities;
    const all = extractAll(s, q, corpus.idf, (key) => entities.get(key)?.name);
    const extracted = all.flatMap((x) => {
      const span = x.rule === 'speaker' ? speakerSpan(s) : locate(s, x.text);
      return span && x.rule !== 'sentence' ? [{ rule: EXTRACTORS.indexOf(x.rule), span }] : [];
    });
    const ruleSpan = extracted[0]?.span;
    const typed = typedCandidates(s, q);
    // The extractors' spans and typed candidates stand as candidates even when longer than MAX_SPAN.
    const own = [...candidateSpans(s)];
    const known = new Set(own.map((x) => x.start * 1000 + x.end));
    for (const extra of [...extracted.map((x) => x.span), ...typed]) {
      if (!known.has(extra.start * 1000 + extra.end)) { own.push(extra); known.add(extra.start * 1000 + extra.end); }
    }
    const p = passages.length;
    const w = anchorWeights(s, q, corpus.idf);
    const ruleAt = ruleSpan ? own.findIndex((x) => x.start === ruleSpan.start && x.end === ruleSpan.end) : -1;
    const features = passageFeatures(q, corpus, ranked, rank, w, own.length);
    passages.push({ scored, rank, features, ruleCandidate: ruleAt < 0 ? -1 : spans.length + ruleAt, ruleName: ruleAt < 0 ? -1 : extracted[0]!.rule, answers: all.length > 0 });
    const context: SpanContext = { s, q, kind, w, qWeight, idf: corpus.idf, rule: ruleSpan, extracted, typed, kindOf: (key) => kindOfEntity(entities.get(key)), spans: own };
    contexts.push(context);
    if (weights) {
      const base = passageScore(features, weights);
      // Candidates only from passages that can still win: no span of this one can lift it past
      // the best so far when its passage score plus `bound` (the most a span adds) falls short.
      if (bound !== undefined && base + bound < best) {
        passages[p]!.ruleCandidate = -1;
        return;
      }
      for (const x of scoreSpans(context, own, weights)) {
        scores.push(base + x);
        if (base + x > best) best = base + x;
      }
      own.forEach((sp, k) => { owner.push(p); spans.push(sp); local.push(k); });
      return;
    }
    spanFeatures(context, own, (k) => {
      if (k > 0) offsets.push(index.length);
      owner.push(p);
      spans.push(own[k]!);
      local.push(k);
    }, (i, v) => { index.push(i); value.push(v); });
    if (own.length > 0) offsets.push(index.length);
  });
  return {
    kind, passages, owner: Int32Array.from(owner), spans, offsets: Int32Array.from(offsets), index: Int32Array.from(index), value: Float32Array.from(value),
    ...(weights ? { scores: Float64Array.from(scores), scoredWith: weights } : {}), contexts, local: Int32Array.from(local),
  };
}

/** A passage's share of its candidates' scores. */
export function passageScore(features: readonly number[], w: ArrayLike<number>): number {
  let s = 0;
  for (let f = 0; f < PASSAGE.length; f++) s += w[PASSAGE_AT + f]! * features[f]!;
  return s;
}

/** One candidate's features, computed again from its passage's context when the input keeps none. */
const recomputed = new WeakMap<ReaderInput, Map<number, { index: number[]; value: number[] }>>();
export function featuresOf(input: ReaderInput, k: number): { index: ArrayLike<number>; value: ArrayLike<number> } {
  if (input.index.length > 0) return { index: input.index.subarray(input.offsets[k]!, input.offsets[k + 1]!), value: input.value.subarray(input.offsets[k]!, input.offsets[k + 1]!) };
  let byCandidate = recomputed.get(input);
  if (!byCandidate) recomputed.set(input, (byCandidate = new Map()));
  let found = byCandidate.get(k);
  if (!found) {
    const out = { index: [] as number[], value: [] as number[] };
    const context = input.contexts[input.owner[k]!]!;
    spanFeatures(context, [context.spans[input.local[k]!]!], () => {}, (i, v) => { out.index.push(i); out.value.push(v); });
    byCandidate.set(k, (found = out));
  }
  return found;
}

const PASSAGE_AT = OFFSET['passage']!;

/**
 * Each candidate's score under weights `w` (a vector in the layout of layout.ts): a copy of the
 * scores the input was built with when `w` are those weights; computed from the kept features otherwise.
 */
export function scoreCandidates(input: ReaderInput, w: ArrayLike<number>): Float64Array {
  if (input.scores && input.scoredWith === w) return Float64Array.from(input.scores);
  if (input.scores) throw new Error('reader: this input was scored with other weights and keeps no features; build it without weights to score it again');
  const passageScores = input.passages.map((p) => passageScore(p.features, w));
  const out = new Float64Array(input.spans.length);
  for (let k = 0; k < out.length; k++) {
    let s = passageScores[input.owner[k]!]!;
    for (let j = input.offsets[k]!; j < input.offsets[k + 1]!; j++) s += w[input.index[j]!]! * input.value[j]!;
    out[k] = s;
  }
  return out;
}

/** The reader's pick: the best candidate, its softmax probability, and its lead over the next. */
export interface Reading {
  /** Index of the chosen candidate. */
  best: number;
  /** Its share of the softmax over every candidate. */
  prob: number;
  /** The share of the chosen candidate's passage (all its spans together). */
  passageProb: number;
  /** Score lead over the best candidate of another passage (5 when there is none). */
  margin: number;
}

/**
 * Picks the best-scoring candidate (of passage `only`, when given); undefined when there is none.
 * The probabilities are over every candidate.
 */
export function pick(input: ReaderInput, scores: Float64Array, only?: number): Reading | undefined {
  let best = -1;
  for (let k = 0; k < scores.length; k++) {
    if ((only === undefined || input.owner[k] === only) && (best < 0 || scores[k]! > scores[best]!)) best = k;
  }
  return best < 0 ? undefined : readingAt(input, scores, best);
}

/** Candidate `best` as a reading: its softmax probability, its passage's share, its lead over other passages. */
export function readingAt(input: ReaderInput, scores: Float64Array, best: number): Reading {
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) if (scores[k]! > max) max = scores[k]!;
  let z = 0;
  let own = 0;
  let other = -Infinity;
  const p = input.owner[best]!;
  for (let k = 0; k < scores.length; k++) {
    const e = Math.exp(scores[k]! - max);
    z += e;
    if (input.owner[k] === p) own += e;
    else if (scores[k]! > other) other = scores[k]!;
  }
  const chosen = scores[best]!;
  return { best, prob: Math.exp(chosen - max) / z, passageProb: own / z, margin: Number.isFinite(other) ? Math.max(-5, Math.min(5, chosen - other)) : 5 };
}

/**
 * `pick`, checked: when the picked passage answers another question (`problem` says why, see
 * judge/abstain.ts) and is not the rules' passage, the rules' passage is read instead. The
 * problem is what remains of the final pick's passage.
 */
export function pickChecked(
  input: ReaderInput, scores: Float64Array, rulePassage: number | undefined, problem: (s: Sentence) => string | undefined,
): { reading: Reading; problem?: string } | undefined {
  const reading = pick(input, scores);
  if (!reading) return undefined;
  const found = problem(input.passages[input.owner[reading.best]!]!.scored.sentence);
  if (!found || rulePassage === undefined || input.owner[reading.best] === rulePassage) return { reading, problem: found };
  const fallback = pick(input, scores, rulePassage) ?? reading;
  return { reading: fallback, problem: problem(input.passages[input.owner[fallback.best]!]!.scored.sentence) };
}

const SPAN_AT = OFFSET['span']!;
const CLASS_AT = OFFSET['class×kind']!;

/** The span class of candidate k (an index into SPAN_CLASSES). */
export function spanClassOf(input: ReaderInput, k: number): number {
  const { index } = featuresOf(input, k);
  for (let j = 0; j < index.length; j++) {
    const i = index[j]! - CLASS_AT;
    if (i >= 0 && i < SPAN_CLASSES.length * QKINDS.length) return Math.floor(i / QKINDS.length);
  }
  return SPAN_CLASSES.indexOf('none');
}

/** The value of span feature `d` (an index into SPAN_DENSE) for candidate k (0 when absent). */
export function spanValue(input: ReaderInput, k: number, d: number): number {
  const { index, value } = featuresOf(input, k);
  for (let j = 0; j < index.length; j++) if (index[j] === SPAN_AT + d) return value[j]!;
  return 0;
}
