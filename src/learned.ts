import { fromStored, type StoredTemplate } from './read/layout.js';
import { JUDGE_FEATURES } from './judge/features.js';
import type { JudgeModel } from './judge/judge.js';
import type { LinearModel } from './read/linear.js';
import { LEARNED_WEIGHTS } from './weights.generated.js';

/**
 * Every learned number of the core, as `npm run train` writes it (weights.generated.ts); the
 * hand-set ones are in params.ts.
 */

/** A logistic model stored by feature name, so that adding a feature never misaligns old weights. */
export interface StoredLinear {
  features: readonly string[];
  bias: number;
  weights: readonly number[];
}

/** The learned weights as stored. */
export interface LearnedWeights {
  /** The reader's weights, per template of read/layout.ts, each with the vocabularies it was fitted on. */
  reader: Readonly<Record<string, StoredTemplate>>;
  /**
   * The most a passage's best span adds to its passage score, in 99 of 100 training passages: a
   * passage whose score plus this cannot reach the best candidate so far is not read (speed).
   */
  spanBound: number;
  /** The judge (judge/judge.ts): three logistic models, the cuts between shapes, the vetoes and their figures. */
  judge: {
    passage: StoredLinear;
    sentence: StoredLinear;
    short: StoredLinear;
    cuts: JudgeModel['cuts'];
    /** Each veto with the figure that kept it (validation: useful − wrong with it against without). */
    vetoes: Readonly<Record<string, string>>;
    sources: JudgeModel['sources'];
    labels: { medium: number; high: number };
  };
}

/** A stored model re-ordered to the current feature list (a name not stored weighs 0). */
function aligned(stored: StoredLinear): LinearModel {
  return { bias: stored.bias, weights: JUDGE_FEATURES.map((f) => stored.weights[stored.features.indexOf(f)] ?? 0) };
}

/** The judge model as stored weights describe it. */
export function judgeModelOf(j: LearnedWeights['judge']): JudgeModel {
  return { passage: aligned(j.passage), sentence: aligned(j.sentence), short: aligned(j.short), cuts: j.cuts, vetoes: new Set(Object.keys(j.vetoes)), sources: j.sources, labels: j.labels };
}

/** The weights in use, laid out as the code computes its features. */
export const LEARNED: { reader: Float64Array; spanBound: number; judge: JudgeModel } = {
  reader: fromStored(LEARNED_WEIGHTS.reader),
  spanBound: LEARNED_WEIGHTS.spanBound,
  judge: judgeModelOf(LEARNED_WEIGHTS.judge),
};
