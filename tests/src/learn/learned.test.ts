import { describe, expect, it } from 'vitest';
import { linearScore, sigmoid, softmax } from '../../../src/learn/linear.js';
import { FEATURES } from '../../../src/learn/features.js';
import { CONFIDENCE_FEATURES } from '../../../src/learn/confidence-features.js';
import { LEARNED_WEIGHTS } from '../../../src/learn/weights.generated.js';
import { LEARNED } from '../../../src/learn/learned.js';

describe('learned linear models', () => {
  it('scores, squashes and normalises', () => {
    expect(linearScore({ bias: 1, weights: [2, -1] }, [3, 4])).toBe(3);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    expect(sigmoid(800)).toBeLessThanOrEqual(1);
    const p = softmax([1000, 1000, 0]);
    expect(p[0]).toBeCloseTo(0.5);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('the committed weights name exactly the features the code computes, in order', () => {
    expect(LEARNED_WEIGHTS.features).toEqual([...FEATURES]);
    expect(LEARNED_WEIGHTS.confidenceFeatures).toEqual([...CONFIDENCE_FEATURES]);
    expect(LEARNED.rerank.weights).toHaveLength(FEATURES.length);
    expect(LEARNED.confidence.weights).toHaveLength(CONFIDENCE_FEATURES.length);
  });

  it('the confidence cut-offs are ordered', () => {
    const { abstain, medium, high } = LEARNED.cuts;
    expect(abstain).toBeLessThanOrEqual(medium);
    expect(medium).toBeLessThanOrEqual(high);
    expect(high).toBeLessThanOrEqual(1);
  });
});
