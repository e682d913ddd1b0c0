import { describe, expect, it } from 'vitest';
import { argmax, auc, combined, dot, flips, signTestP } from '../../../tools/semantic/rank.js';

describe('semantic ranking arithmetic', () => {
  it('argmax takes the largest cosine, the earlier sentence on a tie, -1 for none', () => {
    expect(argmax([0.1, 0.7, 0.3])).toBe(1);
    expect(argmax([0.5, 0.5])).toBe(0);
    expect(argmax([])).toBe(-1);
    expect(dot(Float32Array.of(0.6, 0.8), Float32Array.of(0.6, 0.8))).toBeCloseTo(1, 6);
  });

  const lexical = [{ index: 4, score: 10 }, { index: 2, score: 9 }, { index: 7, score: 3 }];
  const cos = [0.1, 0.1, 0.5, 0.1, 0.2, 0.1, 0.1, 0.9, 0.95];
  const at = (i: number): number => cos[i]!;

  it('a weight of zero keeps word overlap\'s first sentence', () => {
    for (const form of ['relative', 'raw', 'union'] as const) expect(combined(lexical, at, cos.length, { form, k: 3, w: 0 })).toBe(4);
  });

  it('re-ranking stays within the core\'s top k; the relative form reads scores against the top one', () => {
    // 9/10 + 0.5·0.5 = 1.15 beats 1 + 0.5·0.2 = 1.1; sentence 7 (3/10 + 0.45) does not.
    expect(combined(lexical, at, cos.length, { form: 'relative', k: 3, w: 0.5 })).toBe(2);
    // With k = 1 only the first is there to choose.
    expect(combined(lexical, at, cos.length, { form: 'relative', k: 1, w: 5 })).toBe(4);
    // Raw scores need a weight on their own scale: 0.5 moves nothing; 10 gives 9 + 5 > 10 + 2; 20 gives 3 + 18 > 9 + 10.
    expect(combined(lexical, at, cos.length, { form: 'raw', k: 3, w: 0.5 })).toBe(4);
    expect(combined(lexical, at, cos.length, { form: 'raw', k: 3, w: 10 })).toBe(2);
    expect(combined(lexical, at, cos.length, { form: 'raw', k: 3, w: 20 })).toBe(7);
    // Sentence 8 is outside the core's list: only the union form can bring it in.
    expect(combined(lexical, at, cos.length, { form: 'relative', k: 3, w: 100 })).toBe(7);
    expect(combined(lexical, at, cos.length, { form: 'union', k: 3, w: 100 })).toBe(8);
  });

  it('with no passage from word overlap, only the union form chooses', () => {
    expect(combined([], at, cos.length, { form: 'relative', k: 5, w: 1 })).toBe(-1);
    expect(combined([], at, cos.length, { form: 'union', k: 5, w: 1 })).toBe(8);
  });

  it('flips count wrong → right and right → wrong', () => {
    expect(flips([true, false, false, true], [true, true, false, false])).toEqual({ gained: 1, lost: 1 });
  });

  it('the sign test gives the exact two-sided binomial p', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(5, 0)).toBeCloseTo(2 / 32, 10);
    expect(signTestP(0, 5)).toBeCloseTo(2 / 32, 10);
    // 10 against 2: P(X ≤ 2 | n = 12) = (1 + 12 + 66) / 4096, doubled.
    expect(signTestP(10, 2)).toBeCloseTo((2 * 79) / 4096, 10);
    expect(signTestP(3, 3)).toBe(1);
  });

  it('AUC is the share of positive-negative pairs ordered right, ties half', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1], [2])).toBe(0);
    expect(auc([1, 2], [1])).toBe(0.75);
    expect(auc([], [1])).toBeNaN();
  });
});
