import type { ConfidenceLabel } from '../types.js';
import { linearScore, sigmoid, type LinearModel } from '../read/linear.js';
import type { GateKind } from './gates.js';

/**
 * The judge: the one place that decides what a reply is. From calibrated probabilities it picks
 * one of three shapes for the best candidate:
 * - `short`: the short answer (a name, a date, a figure, a phrase), when it is likely right;
 * - `sentence`: the quoted sentence as the answer line, when its passage is likely right but the
 *   short answer is not (the reader still sees the answer, never a wrong fragment);
 * - `abstain`: "the article doesn't say", when the passage is unlikely to hold the answer.
 * Every other step only proposes candidates and features; the checks of abstain.ts and gates.ts
 * are features, and a check refuses outright only where training found that it wins on validation
 * (the vetoes, listed with their figures in the learned weights).
 */

/** The reply shapes the judge chooses between. */
export type Shape = 'short' | 'sentence' | 'abstain';

/** Where a structural answer was read from (shortcuts/): no reader ranked it. */
export const SOURCES = ['headline', 'describe', 'define', 'role', 'yesno'] as const;
export type Source = (typeof SOURCES)[number];

/** Why there is nothing to judge: each ends in "the article doesn't say" with its reason. */
export type Refusal = 'empty' | 'no-terms' | 'undescribed' | 'unrelated-role' | 'yesno-unknown' | 'no-candidate';

/** What the judge is asked about one question. */
export type Case =
  | { kind: 'refused'; refusal: Refusal; reason: string }
  | { kind: 'structural'; source: Source; prior: number }
  | { kind: 'read'; z: readonly number[]; gates: readonly { kind: GateKind; reason: string }[] };

/** The judge's learned parameters (fitted and chosen by `npm run train`). */
export interface JudgeModel {
  /** P(the chosen passage holds the answer), over judgeFeatures (features.ts). */
  passage: LinearModel;
  /** P(the short answer is right), over the same features. */
  short: LinearModel;
  /** Short answer from `short` up; otherwise the sentence from `passage` up; otherwise abstain. */
  cuts: { short: number; passage: number };
  /** Checks that refuse outright, each kept because it wins on validation (see weights.generated.ts). */
  vetoes: ReadonlySet<string>;
  /** Per structural source: a logistic calibration of its own confidence (bias + slope · logit). */
  sources: Readonly<Record<string, { bias: number; slope: number }>>;
  /** Confidence labels: `high` from this probability of the shape shown being right, `medium` from the other. */
  labels: { medium: number; high: number };
}

/** The judge's decision, with the probabilities it was made from. */
export interface Verdict {
  shape: Shape;
  /** P(the passage holds the answer). */
  pPassage: number;
  /** P(the short answer is right). */
  pShort: number;
  /** The probability that the shape shown is right: the reply's confidence. */
  confidence: number;
  label: ConfidenceLabel;
  /** Why it abstains, for people ('it never mentions "water"'). */
  reason?: string;
  /** The refusal or veto that decided, when one did. */
  veto?: string;
}

const logit = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** The label of a probability that the reply is right. */
export function labelOf(m: JudgeModel, p: number): ConfidenceLabel {
  return p >= m.labels.high ? 'high' : p >= m.labels.medium ? 'medium' : 'low';
}

/** The generic reason when the passage is unlikely and no check says more. */
export const WEAK_REASON = 'no passage answers it clearly: the best match is weak';

/** Decides the reply's shape for one case. Pure. */
export function judge(m: JudgeModel, c: Case): Verdict {
  if (c.kind === 'refused') return { shape: 'abstain', pPassage: 0, pShort: 0, confidence: 0, label: 'low', reason: c.reason, veto: c.refusal };
  if (c.kind === 'structural') {
    const cal = m.sources[c.source] ?? { bias: 0, slope: 1 };
    const p = sigmoid(cal.bias + cal.slope * logit(c.prior));
    // A structural answer is its own short answer: it is given, or the article is said not to say.
    if (p < m.cuts.passage) return { shape: 'abstain', pPassage: p, pShort: p, confidence: 0, label: 'low', reason: WEAK_REASON };
    return { shape: 'short', pPassage: p, pShort: p, confidence: p, label: labelOf(m, p) };
  }
  const pPassage = sigmoid(linearScore(m.passage, c.z));
  const pShort = Math.min(pPassage, sigmoid(linearScore(m.short, c.z)));
  const veto = c.gates.find((g) => m.vetoes.has(g.kind));
  if (veto) return { shape: 'abstain', pPassage, pShort, confidence: 0, label: 'low', reason: veto.reason, veto: veto.kind };
  if (pShort >= m.cuts.short) return { shape: 'short', pPassage, pShort, confidence: pShort, label: labelOf(m, pShort) };
  if (pPassage >= m.cuts.passage) return { shape: 'sentence', pPassage, pShort, confidence: pPassage, label: labelOf(m, pPassage) };
  return { shape: 'abstain', pPassage, pShort, confidence: 0, label: 'low', reason: c.gates[0]?.reason ?? WEAK_REASON };
}
