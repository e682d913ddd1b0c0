import { FEATURES } from './features.js';

/**
 * What the confidence model reads: the chosen pair's own features, and how it stood against
 * the other pairs (its reranker probability, its lead over the runner-up), whether the
 * hand-written coverage bar was met and whether the rules would have chosen the same passage.
 */
export const CONFIDENCE_FEATURES = [...FEATURES, 'rerankProb', 'rerankMargin', 'coverageShort', 'pairCount'] as const;

/** The confidence feature vector: pair features plus the four above. */
export function confidenceFeatures(pair: readonly number[], prob: number, margin: number, coverageShort: boolean, pairs: number): number[] {
  return [...pair, prob, Math.min(margin, 5) / 5, coverageShort ? 1 : 0, Math.min(pairs, 5) / 5];
}
