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
  | { kind: 'structural'; source: Source; prior: number; /** Its sentence holds its short answer (else no sentence shape). */ quotable: boolean }
  | {
      kind: 'read';
      /** Per option: its features, the checks that fire, and whether its span is of a kind no answer can be. */
      options: readonly { z: readonly number[]; gates: readonly { kind: GateKind; reason: string }[]; mistyped?: boolean }[];
    };

/** A one-feature logistic calibration. */
export interface Calibration { bias: number; slope: number }

/** The judge's learned parameters (fitted and chosen by `npm run train`). */
export interface JudgeModel {
  /** P(the chosen passage holds the answer), over judgeFeatures (features.ts). */
  passage: LinearModel;
  /**
   * P(the sentence, given as the answer line, is useful): the passage holds the answer and the
   * sentence shows it. Not the same as `passage`: a reason is usually paraphrased ("because …"),
   * so a why-question's sentence often holds the answer without showing it in so many words.
   */
  sentence: LinearModel;
  /** P(the short answer is right), over the same features. */
  short: LinearModel;
  /**
   * The short answer rather than the sentence when P(short) ≥ `shortOver` · P(sentence); either
   * shape only from `answer` up (its probability), otherwise abstain.
   */
  cuts: { shortOver: number; answer: number };
  /** Checks that refuse outright, each kept because it wins on validation (see weights.generated.ts). */
  vetoes: ReadonlySet<string>;
  /**
   * Per structural source, logistic calibrations of its prior (bias + slope · logit): the
   * probability that its sentence holds the answer, and that its short answer is right.
   */
  sources: Readonly<Record<string, { passage: Calibration; short: Calibration }>>;
  /** Confidence labels: `high` from this probability of the shape shown being right, `medium` from the other. */
  labels: { medium: number; high: number };
}

/** The judge's decision, with the probabilities it was made from. */
export interface Verdict {
  shape: Shape;
  /** P(the passage holds the answer). */
  pPassage: number;
  /** P(the sentence as the answer line is useful). */
  pSentence: number;
  /** P(the short answer is right). */
  pShort: number;
  /** The probability that the shape shown is right: the reply's confidence. */
  confidence: number;
  label: ConfidenceLabel;
  /** Why it abstains, for people ('it never mentions "water"'). */
  reason?: string;
  /** The refusal or veto that decided, when one did. */
  veto?: string;
  /** Which of the reader's options the reply gives (0: the reader's best; 1: the rules' answer). */
  option: number;
}

const logit = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** The label of a probability that the reply is right. */
export function labelOf(m: JudgeModel, p: number): ConfidenceLabel {
  return p >= m.labels.high ? 'high' : p >= m.labels.medium ? 'medium' : 'low';
}

/** The generic reason when the passage is unlikely and no check says more. */
export const WEAK_REASON = 'no passage answers it clearly: the best match is weak';

/** Decides the reply's shape, and for the reader which of its options to give, for one case. Pure. */
export function judge(m: JudgeModel, c: Case): Verdict {
  const none = { pPassage: 0, pSentence: 0, pShort: 0, confidence: 0, label: 'low' as const, option: 0 };
  if (c.kind === 'refused') return { ...none, shape: 'abstain', reason: c.reason, veto: c.refusal };
  if (c.kind === 'structural') {
    const cal = m.sources[c.source] ?? { passage: { bias: 0, slope: 1 }, short: { bias: 0, slope: 1 } };
    const pPassage = sigmoid(cal.passage.bias + cal.passage.slope * logit(c.prior));
    const pShort = Math.min(pPassage, sigmoid(cal.short.bias + cal.short.slope * logit(c.prior)));
    const p = { pPassage, pSentence: pPassage, pShort };
    // A verdict, a headline or an answer its sentence does not hold (a description borrowed from
    // an earlier sentence) has no sentence to fall back on: quoting it would not answer. It is
    // given when its passage is likely enough, or refused.
    if (c.source === 'yesno' || c.source === 'headline' || !c.quotable) {
      return pPassage >= m.cuts.answer ? { ...p, shape: 'short', confidence: pPassage, label: labelOf(m, pPassage), option: 0 } : { ...none, ...p, shape: 'abstain', reason: WEAK_REASON };
    }
    return shapeOf(m, { ...p, option: 0 }, { ...p, option: 0 }) ?? { ...none, ...p, shape: 'abstain', reason: WEAK_REASON };
  }
  const scored = c.options.map((o, option) => {
    const pPassage = sigmoid(linearScore(m.passage, o.z));
    return { option, pPassage, pSentence: sigmoid(linearScore(m.sentence, o.z)), pShort: Math.min(pPassage, sigmoid(linearScore(m.short, o.z))), veto: o.gates.find((g) => m.vetoes.has(g.kind)) };
  });
  const open = scored.filter((o) => !o.veto);
  if (open.length === 0) {
    const { pPassage, pSentence, pShort, veto } = scored[0]!;
    return { ...none, shape: 'abstain', pPassage, pSentence, pShort, reason: veto!.reason, veto: veto!.kind };
  }
  // A date for a who-question, a name for a how-many: never the short answer, however likely the
  // reader finds it (its sentence may still answer).
  const typed = open.map((o) => (c.options[o.option]!.mistyped ? { ...o, pShort: 0 } : o));
  const short = typed.reduce((a, b) => (b.pShort > a.pShort ? b : a));
  const sentence = open.reduce((a, b) => (b.pSentence > a.pSentence ? b : a));
  const shaped = shapeOf(m, short, sentence);
  if (shaped) return shaped;
  const { pPassage, pSentence, pShort } = scored[0]!;
  return { ...none, shape: 'abstain', pPassage, pSentence, pShort, reason: c.options[0]!.gates[0]?.reason ?? WEAK_REASON };
}

/** One option's three probabilities. */
type Odds = { option: number; pPassage: number; pSentence: number; pShort: number };

/**
 * The short answer when it is likelier right than the sentence is useful (by the learned ratio),
 * else the sentence; either only when its own probability reaches the answer cut. Undefined: abstain.
 */
function shapeOf(m: JudgeModel, short: Odds, sentence: Odds): Verdict | undefined {
  const asShort = (): Verdict => ({ shape: 'short', pPassage: short.pPassage, pSentence: short.pSentence, pShort: short.pShort, confidence: short.pShort, label: labelOf(m, short.pShort), option: short.option });
  const asSentence = (): Verdict => ({ shape: 'sentence', pPassage: sentence.pPassage, pSentence: sentence.pSentence, pShort: sentence.pShort, confidence: sentence.pSentence, label: labelOf(m, sentence.pSentence), option: sentence.option });
  const shortFirst = short.pShort >= m.cuts.shortOver * sentence.pSentence;
  for (const shape of shortFirst ? [asShort, asSentence] : [asSentence, asShort]) {
    const v = shape();
    if (v.confidence >= m.cuts.answer) return v;
  }
  return undefined;
}
