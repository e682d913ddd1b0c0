import type { Corpus } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { PROBLEM_KINDS, coverageProblem, passageProblemOf } from './abstain.js';
import { GATES, type GateKind } from './gates.js';
import type { Scored } from '../retrieve/retrieve.js';
import { weightOfQuestion } from '../read/passage-features.js';
import { PASSAGE, QKINDS, SPAN_CLASSES, SPAN_DENSE } from '../read/layout.js';
import { spanClassOf, spanValue, type ReaderInput, type Reading } from '../read/reader.js';
import { qKindOf } from '../read/span-features.js';

/**
 * What the judge is told about the reader's pick (judge.ts): how sure the reader was, how well
 * the chosen passage matches, what the chosen span is, and what the hand-written checks of
 * abstain.ts and gates.ts say (as features: none of them decides by itself).
 */

export const JUDGE_FEATURES = [
  'prob', 'passageProb', 'margin',
  ...PASSAGE.map((p) => `passage.${p}`),
  ...SPAN_DENSE.map((d) => `span.${d}`),
  'coverageShort', ...PROBLEM_KINDS.map((k) => `problem.${k}`),
  ...QKINDS.map((k) => `kind.${k}`),
  'unknownWeight', 'namesMissingParagraph', 'answerLength', ...GATES.map((g) => `gate.${g}`), 'typeMatch', 'typeClash', 'reasonClause',
] as const;

const TYPED_EXACT = SPAN_DENSE.indexOf('typedExact');

/** What the judge's features are computed from: one question's reading. */
export interface JudgeInput {
  corpus: Corpus;
  q: Question;
  ranked: readonly Scored[];
  input: ReaderInput;
  reading: Reading;
  /** The hand-written gates that fire (gates.ts). */
  gates: readonly GateKind[];
}

/** The judge's feature vector (in JUDGE_FEATURES order). */
export function judgeFeatures({ corpus, q, ranked, input, reading, gates }: JudgeInput): number[] {
  const passage = input.passages[input.owner[reading.best]!]!;
  const s = passage.scored.sentence;
  const span = input.spans[reading.best]!;
  const problem = passageProblemOf(q, corpus, s)?.kind;
  const kind = qKindOf(q);
  const weight = weightOfQuestion(q, corpus);
  let unknown = 0;
  for (const [term, m] of q.terms) if (!term.startsWith('s:') && !q.paraphrase.has(term) && !corpus.postings.has(term)) unknown += m * corpus.idf(term);
  let missing = 0;
  for (const key of q.entities) if (!corpus.paragraphPostings.get(`e:${key}`)?.has(s.paragraphId)) missing++;
  return [
    reading.prob, reading.passageProb, reading.margin / 5,
    ...passage.features,
    ...SPAN_DENSE.map((_, d) => spanValue(input, reading.best, d)),
    coverageProblem(q, corpus, ranked[0]) ? 1 : 0,
    ...PROBLEM_KINDS.map((k) => (problem === k ? 1 : 0)),
    ...QKINDS.map((_, i) => (i === kind ? 1 : 0)),
    Math.min(1, unknown / weight),
    q.entities.size ? missing / q.entities.size : 0,
    Math.log1p(span.end - span.start) / 3,
    ...GATES.map((g) => (gates.includes(g) ? 1 : 0)),
    ...typeAgreement(QKINDS[kind]!, SPAN_CLASSES[spanClassOf(input, reading.best)]!),
    // A why- or how-question answered by a whole reason or manner clause (propose/reasons.ts).
    (q.type === 'reason' || q.type === 'manner') && spanValue(input, reading.best, TYPED_EXACT) > 0 ? 1 : 0,
  ];
}

/** What kind of name or figure each typed question wants; a name or figure of another kind clashes. */
const WANTED: Readonly<Record<string, ReadonlySet<string>>> = {
  person: new Set(['person', 'otherName', 'inPerson', 'inOtherName']),
  place: new Set(['place', 'otherName', 'inPlace', 'inOtherName']),
  time: new Set(['date', 'time', 'year', 'inDate']),
  number: new Set(['cardinal', 'money', 'percent', 'quantity', 'ordinal', 'inNumber']),
};

/**
 * Kinds of span that can never answer a typed question, whatever the reader's odds: a date or
 * figure for who/where, a person or place for when/how-many. Stricter than the typeClash feature,
 * which also flags durations for how-many ("8,000 hours" is tagged a time) and so is only weighed.
 */
const NEVER: Readonly<Record<string, ReadonlySet<string>>> = {
  // A country can be the who ("warning about Iran"), and a person's name a where ("at Clinton's"): only figures are out.
  person: new Set(['date', 'time', 'year', 'cardinal', 'money', 'percent', 'quantity', 'ordinal', 'inDate', 'inNumber']),
  place: new Set(['date', 'time', 'year', 'cardinal', 'money', 'percent', 'quantity', 'ordinal', 'inDate', 'inNumber']),
  time: new Set(['person', 'place', 'inPerson', 'inPlace']),
  number: new Set(['person', 'place', 'inPerson', 'inPlace']),
};

/**
 * Whether the reading's span is a name or figure no answer of the asked kind can be ("Who
 * kidnapped …?" → "August 11"; "Where …?" → "Thursday"): the judge never gives it as the short
 * answer (the type agreement, decided in one place).
 */
export function mistyped(q: Question, input: ReaderInput, reading: Reading): boolean {
  return NEVER[QKINDS[qKindOf(q)]!]?.has(SPAN_CLASSES[spanClassOf(input, reading.best)]!) ?? false;
}

/** [typeMatch, typeClash]: the span is a name or figure of the kind asked, or of another kind. */
function typeAgreement(kind: string, cls: string): [number, number] {
  const wanted = WANTED[kind];
  if (!wanted || cls === 'none') return [0, 0];
  return wanted.has(cls) ? [1, 0] : [0, 1];
}
