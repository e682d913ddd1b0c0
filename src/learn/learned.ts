import type { LinearModel } from './linear.js';
import { FEATURES } from './features.js';
import { CONFIDENCE_FEATURES } from './confidence-features.js';
import { LEARNED_WEIGHTS } from './weights.generated.js';

/** The learned part of the scoring, as `npm run train` writes it (weights.generated.ts). */
export interface LearnedWeights {
  /** Feature names the rerank weights go with, in order (a subset of FEATURES, by name). */
  features: readonly string[];
  /** Softmax over a question's (passage, answer) pairs. */
  rerank: LinearModel;
  confidenceFeatures: readonly string[];
  /** Logistic: the probability that the chosen answer is right. */
  confidence: LinearModel;
  /** Below `abstain` the core says the article does not say; `medium`/`high` set the labels. */
  cuts: { abstain: number; medium: number; high: number };
  /** How far (in reranker score) another pair must lead the hand-written choice to replace it. */
  override: number;
}

/** A model whose weights are re-ordered to the current feature list (missing names weigh 0). */
function aligned(names: readonly string[], current: readonly string[], m: LinearModel): LinearModel {
  return { bias: m.bias, weights: current.map((f) => m.weights[names.indexOf(f)] ?? 0) };
}

/** The weights in use, aligned to the features the code computes. */
export const LEARNED = {
  rerank: aligned(LEARNED_WEIGHTS.features, FEATURES, LEARNED_WEIGHTS.rerank),
  confidence: aligned(LEARNED_WEIGHTS.confidenceFeatures, CONFIDENCE_FEATURES, LEARNED_WEIGHTS.confidence),
  cuts: LEARNED_WEIGHTS.cuts,
  override: LEARNED_WEIGHTS.override,
};
