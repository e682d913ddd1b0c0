import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../tools/train/fit.js';
import { bestF1, evidenceHit, figures, normalize } from '../../../tools/train/judge.js';
import { linearScore, sigmoid } from '../../../src/read/linear.js';

describe('training: fitting', () => {
  it('logistic regression separates a separable set, the same on every run', () => {
    const x = [[0, 1], [0.2, 0.9], [1, 0], [0.9, 0.1]];
    const y = [0, 0, 1, 1];
    const opts = { l2: 1e-3, iterations: 300, rate: 0.1 };
    const m = fitLogistic(x, y, [1, 1, 1, 1], 2, opts);
    x.forEach((xi, k) => expect(sigmoid(linearScore(m, xi)) > 0.5).toBe(y[k] === 1));
    expect(fitLogistic(x, y, [1, 1, 1, 1], 2, opts)).toEqual(m);
  });
});

describe('training: judging as the shared scorer does', () => {
  it('normalises, scores F1 and checks evidence', () => {
    expect(normalize('The  U.S. Army!')).toBe('u s army');
    expect(bestF1('the Rhine river', ['Rhine'])).toBeCloseTo(2 / 3);
    expect(evidenceHit('It flows into the North Sea.', ['north sea'])).toBe(true);
    expect(evidenceHit('x'.repeat(701) + ' North Sea', ['north sea'])).toBe(false);
  });

  it('sums figures like score.mjs', () => {
    const f = figures([
      { answerable: true, answered: true, hit: true, f1: 1 },
      { answerable: true, answered: false, hit: false, f1: 0 },
      { answerable: false, answered: false, hit: false, f1: 0 },
    ]);
    expect(f).toMatchObject({ overall: 0.667, evidence: 0.5, f1: 0.5, answered: 0.5, abstain: 1 });
  });
});
