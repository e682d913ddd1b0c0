import type { ConfidenceLabel } from '../types.js';
import { confidenceFeatures } from '../learn/confidence-features.js';
import { linearScore, sigmoid } from '../learn/linear.js';
import { LEARNED } from '../learn/learned.js';
import type { Pair } from './rerank.js';

/**
 * Calibrated confidence: a logistic model, fitted on SQuAD training questions and on negatives
 * made the way SQuAD 2.0's writers made them, of the probability that the chosen answer is right.
 */

/** The probability that `pair`, chosen with reranker probability `prob`, is right. */
export function confidenceOf(pair: Pair, prob: number, margin: number, coverageShort: boolean, pairs: number): number {
  return sigmoid(linearScore(LEARNED.confidence, confidenceFeatures(pair.features, prob, margin, coverageShort, pairs)));
}

/** Below this the core abstains: the article most likely does not say. */
export function abstains(confidence: number): boolean {
  return confidence < LEARNED.cuts.abstain;
}

/** `confidence` as a word, by the learned cut-offs. */
export function labelOf(confidence: number): ConfidenceLabel {
  return confidence >= LEARNED.cuts.high ? 'high' : confidence >= LEARNED.cuts.medium ? 'medium' : 'low';
}
