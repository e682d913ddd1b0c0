import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { retrieve, type Scored } from '../retrieve/retrieve.js';
import { absentName, gatesOf, rulePassage, type GateKind } from '../judge/gates.js';
import { passageProblem } from '../judge/abstain.js';
import { JUDGE_FEATURES, judgeFeatures, mistyped } from '../judge/features.js';

const TYPE_CLASH = JUDGE_FEATURES.indexOf('typeClash');
const GATE_CLASH = JUDGE_FEATURES.indexOf('gate.clash');
import { textOf } from '../propose/span.js';
import { pickChecked, READ_DEPTH, readerInput, readingAt, scoreCandidates, type ReaderInput, type Reading } from './reader.js';

/**
 * The retrieve → propose → read stages for one analysed question: the ranked sentences, every
 * candidate span of the top ones (the extractors' answers among them, as features), the reader's
 * scores, and the hand-written checks, all kept for the judge and the trace.
 */

/** What retrieval and the candidate proposal leave for the reader. */
export interface ReadStage {
  q: Question;
  ranked: Scored[];
  input: ReaderInput;
  /** The rules' choice of passage (an index into `ranked`; see gates.ts). */
  rule?: number;
  /** The hand-written checks that fire on retrieval (features of the judge). */
  gates: { kind: GateKind; reason: string }[];
}

/**
 * Retrieval and the reader's input for `q`; with `weights`, candidates are scored as they are
 * built, and with `bound` only passages that can still win get candidates (reader.ts).
 */
export function readStage(corpus: Corpus, q: Question, weights?: ArrayLike<number>, bound?: number): ReadStage {
  const ranked = retrieve(q, corpus, READ_DEPTH);
  const input = readerInput(corpus, q, ranked, weights, bound);
  const rule = rulePassage(ranked, q);
  return { q, ranked, input, rule, gates: gatesOf(corpus, q, ranked, rule, rule !== undefined && !!input.passages[rule]?.answers) };
}

/** One candidate answer offered to the judge, with what the judge is told about it. */
export interface Option {
  reading: Reading;
  sentence: Sentence;
  /** The candidate's text as an answer (a pronoun named, a title dropped). */
  text: string;
  /** Every check that fires, including its passage answering another question ('picked'). */
  gates: { kind: GateKind; reason: string }[];
  /** The judge's features (judge/features.ts). */
  z: number[];
  /** The span is of a kind no answer to the question can be (judge/features.ts `mistyped`). */
  mistyped: boolean;
}

/**
 * What the reader offers the judge: its best candidate, and the first hand-written extractor's
 * answer in the rules' passage when that is another span (the rules' candidate). The judge
 * chooses between them by their probabilities.
 */
export interface Pick {
  scores: Float64Array;
  options: Option[];
}

/** The reader's candidates under `weights`, or undefined when no passage offers one. */
export function pickOf(corpus: Corpus, stage: ReadStage, weights: ArrayLike<number>): Pick | undefined {
  const { q, input } = stage;
  const scores = scoreCandidates(input, weights);
  const checked = pickChecked(input, scores, stage.rule, (s) => passageProblem(q, corpus, s));
  if (!checked) return undefined;
  const options = [optionOf(corpus, stage, checked.reading, checked.problem)];
  const rule = stage.rule === undefined ? -1 : (input.passages[stage.rule]?.ruleCandidate ?? -1);
  if (rule >= 0 && rule !== checked.reading.best) {
    const reading = readingAt(input, scores, rule);
    options.push(optionOf(corpus, stage, reading, passageProblem(q, corpus, input.passages[input.owner[rule]!]!.scored.sentence)));
  }
  return { scores, options };
}

function optionOf(corpus: Corpus, stage: ReadStage, reading: Reading, problem: string | undefined): Option {
  const { q, ranked, input } = stage;
  const sentence = input.passages[input.owner[reading.best]!]!.scored.sentence;
  const gates = problem ? [...stage.gates, { kind: 'picked' as const, reason: problem }] : [...stage.gates];
  // A sentence that leaves out someone the question names is a check on the pick too.
  const absent = absentName(corpus, q, sentence);
  if (absent) gates.push({ kind: 'absent', reason: absent });
  const span = input.spans[reading.best]!;
  const z = judgeFeatures({ corpus, q, ranked, input, reading, gates: gates.map((g) => g.kind) });
  // A name or figure of another kind than asked (a date for a where-question) is a check too.
  if (z[TYPE_CLASH] === 1) {
    z[GATE_CLASH] = 1;
    gates.push({ kind: 'clash', reason: `the passage it found names no ${q.type === 'time' ? 'time' : q.type === 'number' ? 'figure' : q.type} for that` });
  }
  return { reading, sentence, text: spanText(corpus, sentence, span.start, span.end), gates, z, mistyped: mistyped(q, input, reading) };
}

/** Ranks that belong with a single name they precede. */
const NOBLE: ReadonlySet<string> = new Set(['lady', 'lord', 'sir', 'dame', 'baroness', 'baron']);

/**
 * The span's text as an answer: a pronoun, "here" or a role phrase the article resolves is named
 * instead ("he" → "Sergey V. Lavrov"), and a name is given without the title before it ("Prime Minister Vladimir
 * V. Putin" → "Vladimir V. Putin"), as the article's people are named everywhere else.
 */
export function spanText(corpus: Corpus, s: Sentence, start: number, end: number): string {
  // A pronoun, or a role phrase whose head the article resolves ("Germany's trade minister"), is
  // the person it stands for, when no name stands inside the span.
  const head = s.corefs.get(end - 1);
  const named = s.mentions.some((m) => m.start < end && m.end > start);
  const key = end === start + 1 || (head && !named && s.tokens[end - 1]!.pos === 'NOUN') ? s.corefs.get(end - 1) : undefined;
  const name = key ? corpus.articles[s.article]!.entities.get(key)?.name : undefined;
  if (name) return name;
  const titled = s.mentions.find((m) => m.start === start && m.end === end && m.nameStart > m.start);
  // A rank of nobility before a single name is how the person is named: "Lady Gaga", "Lord
  // Framlingham", not "Gaga" (while "Mr. Lavrov" is Lavrov, "Prime Minister Putin" Putin).
  if (titled && end - titled.nameStart === 1 && NOBLE.has(s.tokens[titled.nameStart - 1]!.lower)) return textOf(s, start, end);
  return textOf(s, titled?.nameStart ?? start, end);
}
